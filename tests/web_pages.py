"""Web pages and feeds written for the tests, served by the local site of tests/fetch and read
directly by the tests of the HTML reader: one copy of each."""

ARTICLE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Rencontre à Rome entre les ministres italien et tunisien</title>
<meta property="og:url" content="https://ailleurs.example/une-autre-adresse">
<meta property="article:published_time" content="{published}">
<meta name="author" content="Lucie Ferrand">
</head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article>
<h1>Rencontre à Rome entre les ministres italien et tunisien</h1>
<p>Le ministre italien des Affaires étrangères Antonio Tajani a rencontré mardi à Rome son homologue
tunisien pour évoquer les départs de migrants depuis les côtes de Sfax.</p>
<p>Les deux responsables sont convenus de se revoir avant la fin de l'année, selon un communiqué
publié dans la soirée par le ministère italien.</p>
<p>Des associations ont regretté que la question des droits des exilés n'ait pas été abordée.</p>
</article>
<footer>Tous droits réservés</footer>
</body></html>
"""
LOGIN = """<!DOCTYPE html><html><head><title>Connexion</title></head><body>
<form method="post"><p>Identifiez-vous pour lire la suite.</p>
<input type="email" name="login"><input type="password" name="pass"></form></body></html>"""
ROBOTS = "User-agent: *\nDisallow: /prive/\n"
RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Le fil du site</title><link>{base}/</link>
<item><title>Rencontre à Rome</title><link>{base}/articles/rome.html</link></item>
<item><title>Encore Rome</title><link>{base}/articles/rome.html</link></item>
<item><title>Deuxième article</title><link>{base}/articles/geneve.html</link></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Le fil Atom</title><id>urn:fil</id>
<updated>2025-11-20T08:00:00Z</updated>
<entry><title>Genève</title><id>urn:1</id><updated>2025-11-20T08:00:00Z</updated>
<link rel="alternate" href="/articles/geneve.html"/></entry>
</feed>"""
BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>
<rss version="2.0"><channel><title>&c;</title></channel></rss>"""
