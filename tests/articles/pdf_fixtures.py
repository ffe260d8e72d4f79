"""Small PDFs drawn with reportlab for the PDF tests: a two-page note with a running header, page
numbers, a word hyphenated at a line end and two columns, and a scanned page without text.

The French text is written for these tests (a fictitious think-tank note).
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

HEADER = "Observatoire des crises - Note d'analyse n° 12"
TITLE = "Les négociations de Genève au point mort"
AUTHOR = "Hélène Marchand"
# One paragraph per list, one line per string, as laid out on the page.
PAGE_1 = [
    [TITLE],
    [
        "Le ministre norvégien des Affaires étrangères a rencontré son homologue",
        "suisse à Genève le 4 mars 2025. Les deux responsables ont évoqué la reprise",
        "des négo-",
        "ciations entre les parties, suspendues depuis l'automne.",
    ],
    [
        "Selon la délégation norvégienne, aucun calendrier n'a été fixé pour une",
        "nouvelle rencontre, mais les contacts techniques se poursuivent.",
    ],
]
LEFT_COLUMN = [
    "La première colonne rappelle le contexte :",
    "les combats ont repris au printemps et",
    "plusieurs villes ont été évacuées.",
]
RIGHT_COLUMN = [
    "La seconde colonne décrit la suite : le",
    "lendemain, Emmanuel Macron s'est entretenu",
    "par téléphone avec Volodymyr Zelensky.",
]


def note_pdf(path: Path, *, date: str = "D:20250310090000+01'00'") -> Path:
    """The two-page note; metadata title, author and creation date `date`."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    width, height = A4
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setTitle(TITLE)
    canvas.setAuthor(AUTHOR)
    canvas.setDateFormatter(lambda *_: date)

    def furniture(number: int) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, height - 40, HEADER)
        canvas.drawCentredString(width / 2, 30, f"Page {number} / 2")

    furniture(1)
    y = height - 100
    for paragraph in PAGE_1:
        canvas.setFont("Helvetica", 11)
        for line in paragraph:
            canvas.drawString(72, y, line)
            y -= 15
        y -= 20
    canvas.showPage()
    furniture(2)
    canvas.setFont("Helvetica", 11)
    for x, column in ((72, LEFT_COLUMN), (320, RIGHT_COLUMN)):
        y = height - 100
        for line in column:
            canvas.drawString(x, y, line)
            y -= 15
    canvas.showPage()
    canvas.save()
    return path


def scanned_pdf(path: Path) -> Path:
    """One page holding only an image, as a scanner produces."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    image = BytesIO()
    Image.new("L", (200, 280), color=230).save(image, format="PNG")
    image.seek(0)
    canvas = Canvas(str(path), pagesize=A4)
    canvas.drawImage(ImageReader(image), 50, 50, width=495, height=740)
    canvas.showPage()
    canvas.save()
    return path
