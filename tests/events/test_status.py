"""Status (factuality) of event triggers: one parametrised row per French sentence."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.events.status import (
    _future_stems,
    _morph_cues,
    _phrase_hit,
    _sides,
    event_status,
    foreseen_plan,
    load_status_cues,
    status_cues,
    tenseless,
)
from pipeline.events.triggers import TriggerMatcher, load_triggers
from pipeline.nlp.pipeline import parse_text

# (sentence, trigger text, expected status)
CASES = [
    ("Trump a rencontré Poutine en Alaska.", "rencontré", "occurred"),
    ("Les drones ont frappé la raffinerie de Saratov.", "frappé", "occurred"),
    ("Washington impose de nouvelles sanctions contre Moscou.", "sanctions", "occurred"),
    ("Une explosion s'est produite à la raffinerie.", "explosion", "occurred"),
    ("Le président s'est rendu à Washington lundi.", "s'est rendu", "occurred"),
    # advocating a measure or talks is a wish, also when the parser hangs the `pour` phrase as a modifier
    ("La ministre plaide pour des restrictions de visas contre Bamako.", "restrictions de visas", "hypothetical"),
    ("Le sénateur préconise de nouvelles sanctions contre Caracas.", "sanctions", "hypothetical"),
    ("Le ministre s'est rendu à Bruxelles pour une réunion de l'OTAN.", "réunion", "occurred"),
    # a phrase of time the parser makes the subject (`Au terme de X, Y a plaidé`) is no object of the wish
    (
        "Au terme d'une rencontre avec Emmanuel Macron à l'Élysée, Olaf Scholz a plaidé pour une défense commune.",
        "rencontre",
        "occurred",
    ),
    # planned
    ("Trump rencontrera Poutine la semaine prochaine.", "rencontrera", "planned"),
    ("Le prochain sommet de l'OTAN se tiendra à La Haye.", "sommet", "planned"),
    ("Trump devait rencontrer Poutine à Budapest.", "rencontrer", "planned"),
    ("Washington doit imposer des sanctions.", "sanctions", "planned"),
    ("Le gouvernement prépare une visite à Pékin.", "visite", "planned"),
    ("Une rencontre est programmée pour décembre.", "rencontre", "planned"),
    ("Le président est censé se rendre à Kiev.", "se rendre", "planned"),
    ("Washington a pris des dispositions pour une rencontre.", "rencontre", "planned"),
    ("La Russie projette de frapper les infrastructures.", "frapper", "planned"),
    ("Le Kremlin envisage une rencontre entre les deux dirigeants.", "rencontre", "planned"),
    ("La visite à venir suscite des attentes.", "visite", "planned"),
    ("Il va se rendre à Moscou.", "se rendre", "planned"),
    ("Un nouveau sommet entre les deux pays est à l'étude.", "sommet", "planned"),
    ("Une seconde visite du ministre à Alger serait en préparation.", "visite", "planned"),
    # the preparations of an event tell it is still to come
    ("Les préparatifs du sommet entre les deux Corées se poursuivent à Panmunjom.", "sommet", "planned"),
    ("Les préparatifs de la visite du pape au Chili ont commencé lundi.", "visite", "planned"),
    # `avoir` tells the event's own time only as `avoir lieu`: the effect of a measure is not the measure
    ("Les sanctions de Washington n'auraient pas d'effet sur l'économie.", "sanctions", "occurred"),
    ("Le sommet n'a pas eu de résultat concret.", "sommet", "occurred"),
    # the copula of an event noun told as predicate gives its tense
    ("Ce sera leur première rencontre depuis l'été.", "rencontre", "planned"),
    ("Ce serait la première visite d'un chef d'État chinois à Lima.", "visite", "hypothetical"),
    ("C'était leur première rencontre depuis l'été.", "rencontre", "occurred"),
    ("Une étude sur la rencontre de 1985 vient de paraître.", "rencontre", "occurred"),
    # `n'aura pas lieu`, `ne se tiendra pas` are cancelled, not negated (guidelines)
    ("La visite prévue mardi entre les deux ministres n'aura pas lieu.", "visite", "cancelled"),
    # however far the denied future stands from the event noun; denied in the past it is negated
    (
        "La réunion prévue vendredi à Vienne entre le chef de la diplomatie iranien"
        " et son homologue omanais n'aura pas lieu.",
        "réunion",
        "cancelled",
    ),
    (
        "La rencontre annoncée entre le vice-président chilien et le ministre péruvien ne se tiendra plus.",
        "rencontre",
        "cancelled",
    ),
    ("La réunion entre les ministres de la région n'a pas eu lieu dimanche.", "réunion", "negated"),
    # a plan told as the first one is no status: the main verb tells what became of the event
    ("Le sommet, initialement prévu mardi, s'est finalement tenu jeudi à Lima.", "sommet", "occurred"),
    ("La visite, initialement prévue en mai, a été repoussée à l'automne.", "visite", "postponed"),
    ("La visite, initialement prévue en mai, aura lieu en juin.", "visite", "planned"),
    # a plan told with its condition is hypothetical; an event told as done keeps its status
    ("Les deux présidents se parleront jeudi à condition que la trêve tienne.", "se parleront", "hypothetical"),
    (
        "Sous réserve d'un accord sur l'ordre du jour, les ministres se retrouveront à Genève.",
        "se retrouveront",
        "hypothetical",
    ),
    # a relative `qui aura lieu`, `qui se tiendra` tells the event noun's status, whatever the main verb
    ("La rencontre, qui aura lieu jeudi à Genève, portera sur le nucléaire.", "rencontre", "planned"),
    ("Le sommet, qui se tiendra lundi à Manille, suscite beaucoup d'espoir.", "sommet", "planned"),
    ("La réunion, qui devait avoir lieu vendredi à Vienne, est reportée.", "réunion", "postponed"),
    ("La rencontre, qui a eu lieu mardi à Genève, n'a rien donné.", "rencontre", "occurred"),
    # about to act: planned
    ("Ottawa s'apprête à imposer de nouvelles sanctions à Caracas.", "sanctions", "planned"),
    # on the agenda: planned; off it: negated
    ("Une rencontre entre les deux présidents est à l'ordre du jour.", "rencontre", "planned"),
    ("Une rencontre entre les deux présidents n'est pas à l'ordre du jour.", "rencontre", "negated"),
    # a plan denied is a negated event, not a voided cue
    ("Une nouvelle rencontre entre les deux ministres n'est pas prévue.", "rencontre", "negated"),
    ("Le président ne doit pas rencontrer son homologue vénézuélien.", "rencontrer", "negated"),
    ("La ministre ne devrait pas se rendre à Davos cette année.", "se rendre", "negated"),
    # not confirmed, not commented, not claimed: the event is still reported, not denied
    ("Le Pentagone n'a pas confirmé la frappe contre le convoi.", "frappe", "occurred"),
    ("Le Kremlin n'a pas commenté la rencontre entre les deux ministres.", "rencontre", "occurred"),
    ("Le Pentagone n'a pas bombardé le convoi.", "bombardé", "negated"),
    # `à moins que` is a condition too: the measure comes only if the other side does not yield
    (
        "Ottawa imposera des sanctions au Venezuela à moins que Caracas ne libère les détenus.",
        "sanctions",
        "hypothetical",
    ),
    (
        "À moins qu'un accord soit trouvé, les deux armées frapperont les positions rebelles.",
        "frapperont",
        "hypothetical",
    ),
    (
        "Le Japon a imposé des sanctions à la Corée du Nord, à moins que l'on compte les mesures de 2006.",
        "sanctions",
        "occurred",
    ),
    (
        "Le ministre a rencontré son homologue, qui a promis une aide à condition que des réformes aboutissent.",
        "rencontré",
        "occurred",
    ),
    # a si-clause that only says nothing should change leaves the plan a plan
    ("Si rien ne change, les deux ministres se retrouveront à Quito en mars.", "se retrouveront", "planned"),
    ("Si la trêve tient, les deux ministres se retrouveront à Quito en mars.", "se retrouveront", "hypothetical"),
    ("Le sommet de Rome ne se tiendra finalement pas.", "sommet", "cancelled"),
    ("Macron n'a jamais rencontré le général.", "rencontré", "negated"),
    # `pas encore`: the parser hangs `pas` on the adverb, the event is still denied
    ("La société n'est pas encore en discussion avec ses concurrents.", "discussion", "negated"),
    ("Les deux délégations sont encore en discussion à Genève.", "discussion", "occurred"),
    # the trigger is no status cue of itself: suspending trade is the measure, not a postponement
    ("Le Ghana a décidé de suspendre les importations de riz togolais.", "suspendre", "occurred"),
    ("Le gouvernement a décidé de suspendre la visite du ministre.", "visite", "postponed"),
    # cancelled (wins over planned)
    ("La rencontre prévue à Budapest a été annulée.", "rencontre", "cancelled"),
    ("Le conseiller a recommandé d'annuler le sommet.", "sommet", "cancelled"),
    ("Trump a annoncé qu'il renonçait à la rencontre.", "rencontre", "cancelled"),
    ("L'annulation du sommet a surpris les diplomates.", "sommet", "cancelled"),
    ("Les Européens ont abandonné le projet de sommet.", "sommet", "cancelled"),
    # postponed
    ("Le sommet a été reporté sine die.", "sommet", "postponed"),
    ("Les négociations ont été ajournées.", "négociations", "postponed"),
    ("La Maison Blanche a repoussé la visite.", "visite", "postponed"),
    ("Le report de la visite a été confirmé.", "visite", "postponed"),
    # hypothetical
    ("Si le sommet a lieu, il pourrait se tenir en Hongrie.", "sommet", "hypothetical"),
    ("Le sommet pourrait avoir lieu à Budapest.", "sommet", "hypothetical"),
    ("Ils se rencontreraient en Hongrie.", "rencontreraient", "hypothetical"),
    ("Au cas où la visite aurait lieu, Orban accueillerait Poutine.", "visite", "hypothetical"),
    ("Une éventuelle rencontre entre les deux présidents est envisagée.", "rencontre", "hypothetical"),
    ("En supposant que les pourparlers aient lieu, rien ne changera.", "pourparlers", "hypothetical"),
    ("S'il se rend à Moscou, il rencontrera Poutine.", "se rend", "hypothetical"),
    ("Une frappe est hypothétique à ce stade.", "frappe", "hypothetical"),
    ("Une frappe reste possible selon l'état-major.", "frappe", "hypothetical"),
    # negated
    ("Selon le Kremlin, la rencontre n'a pas eu lieu.", "rencontre", "negated"),
    ("Les deux hommes ne se sont jamais rencontrés.", "rencontrés", "negated"),
    # an intention denied is a refusal; an intention stated is not yet a plan
    ("La Première ministre n'a pas l'intention de rencontrer le chef rebelle.", "rencontrer", "negated"),
    ("Il a assuré n'avoir aucune intention de téléphoner au président.", "téléphoner", "negated"),
    ("Il n'est pas question de sanctionner nos partenaires, a dit le ministre.", "sanctionner", "negated"),
    ("La Première ministre a l'intention de rencontrer le chef rebelle.", "rencontrer", "hypothetical"),
    ("Il n'a pas frappé la ville.", "frappé", "negated"),
    ("Le Kremlin a démenti toute rencontre.", "rencontre", "negated"),
    ("Moscou a refusé de participer aux négociations.", "négociations", "negated"),
    ("Il est reparti sans rencontrer Poutine.", "rencontrer", "negated"),
    ("Aucune frappe n'a visé la capitale.", "frappe", "negated"),
    ("Les deux dirigeants ne se parlent plus au téléphone.", "parlent", "negated"),
    ("Le Kremlin nie toute frappe sur des civils.", "frappe", "negated"),
    # the future and conditional of verbs that double their consonant or take a grave accent
    ("Il a promis qu'il appellerait le président kényan dès lundi.", "appellerait", "planned"),
    ("Selon Rome, l'Union lèverait bientôt ses sanctions contre Minsk.", "sanctions", "hypothetical"),
    # only the calling off is possible: the event is still scheduled
    ("La visite du président kényan à Pékin pourrait être annulée.", "visite", "planned"),
    # a request is a wish (guidelines: hypothetical); the meeting requested and then held is not
    ("Le Brésil a demandé une réunion d'urgence de l'Assemblée générale.", "réunion", "hypothetical"),
    ("Varsovie exige des sanctions plus dures contre Minsk.", "sanctions", "hypothetical"),
    # class 7: an infinitive of purpose shares its verb's status; a conditional reported from the
    # past is a plan (future in the past), a compound one a claim
    ("Le ministre s'est rendu à Oslo pour rencontrer son homologue.", "rencontrer", "occurred"),
    ("Le ministre se rendra à Oslo pour rencontrer son homologue.", "rencontrer", "planned"),
    # a visit named by an invitation noun is planned, unless the invitation is turned down
    ("La présidente a accepté une invitation à se rendre à Pékin.", "se rendre", "planned"),
    ("Le roi a reçu une invitation à visiter la Chine.", "visiter", "planned"),
    ("Le président a refusé l'invitation à se rendre à Ankara.", "se rendre", "negated"),
    ("Le président a décliné l'invitation à se rendre à Ankara.", "se rendre", "negated"),
    ("Le ministre a décliné toute rencontre avec son homologue.", "rencontre", "negated"),
    # a noun under `pour` on the verb of being expected is planned as the coming is
    ("La ministre est attendue jeudi à Ottawa pour des entretiens avec son homologue.", "entretiens", "planned"),
    ("Le président chinois est attendu lundi à Lima pour une visite d'État.", "visite", "planned"),
    # the purpose hung on a plan verb (`devoir`) or on a journey verb under it (`doit aller`) is planned
    ("La ministre devrait se rendre à Rome la semaine prochaine pour y rencontrer le pape.", "rencontrer", "planned"),
    ("Le président doit aller à Tokyo en mai pour rencontrer le Premier ministre.", "rencontrer", "planned"),
    ("Le ministre est allé à Kiev pour y rencontrer son homologue.", "rencontrer", "occurred"),
    ("Le ministre n'est pas allé à Kiev pour y rencontrer son homologue.", "rencontrer", "negated"),
    ("Elle a annoncé qu'elle se rendrait à Lima en mai.", "se rendrait", "planned"),
    ("Il a promis qu'il s'entretiendrait avec le roi.", "entretiendrait", "planned"),
    ("Le président a annoncé, depuis son avion, qu'il s'entretiendrait avec le roi.", "entretiendrait", "planned"),
    ("Kiev affirme que Moscou aurait bombardé un hôpital.", "bombardé", "hypothetical"),
    ("Les deux ministres sont convenus de réunir leurs délégations en mars.", "réunir", "planned"),
    # an infinitive under `sont convenus` (the participle tagged as an adjective): agreed, still to come
    ("Les deux ministres sont convenus de se revoir en mars.", "se revoir", "planned"),
    # a negation above a detail of the event (`detail` in markers.csv) denies the detail, not the event
    ("La présidence n'a pas précisé la date de la visite du roi à Dakar.", "visite", "occurred"),
    ("Le ministère n'a pas dévoilé le lieu de la rencontre entre les deux émissaires.", "rencontre", "occurred"),
    ("Le ministère n'a pas dévoilé la rencontre entre les deux émissaires.", "rencontre", "negated"),
    ("La Norvège a décidé de renvoyer deux diplomates russes.", "renvoyer", "occurred"),
    # a choice made (models/events/factive_governors.txt) is an act; an intention is not
    ("Le Chili a choisi d'expulser trois diplomates vénézuéliens.", "expulser", "occurred"),
    ("Le Pérou s'est résolu à expulser l'ambassadeur mexicain.", "expulser", "occurred"),
    ("Le Chili a l'intention d'expulser trois diplomates vénézuéliens.", "expulser", "hypothetical"),
    ("Pas de rencontre avec le chancelier", "rencontre", "negated"),
    ("Si la trêve tient, le ministre se rendra à Moscou.", "se rendra", "hypothetical"),
    # a si-clause told after a reported clause, hung by the parser on the reporting verb, is its condition
    (
        "Washington a averti qu'il imposerait des droits de 20 % sur l'acier japonais si Tokyo ne cédait pas.",
        "droits",
        "hypothetical",
    ),
    (
        "Ottawa a averti, si l'on en croit la presse, qu'il imposerait des droits sur l'acier coréen.",
        "droits",
        "planned",
    ),
    # a wish is hypothetical, not planned (guidelines)
    ("Le ministre espère obtenir une rencontre avec son homologue chinois.", "rencontre", "hypothetical"),
    ("Berlin souhaite une visite du président chinois.", "visite", "hypothetical"),
    # an infinitive of purpose parsed as the verb's complement shares that verb's status
    (
        "Le président russe a fait une halte à Ankara pour s'entretenir avec Recep Tayyip Erdogan.",
        "entretenir",
        "occurred",
    ),
    ("Le ministre fera une halte à Rome pour s'entretenir avec le pape.", "entretenir", "planned"),
    # a conditional reported by a present participle of a past verb is the future of that past
    (
        "Le Kremlin a annoncé la nouvelle, précisant que la rencontre entre les deux présidents se tiendrait "
        "à Anchorage.",
        "rencontre",
        "planned",
    ),
    ("Le Kremlin annonce la nouvelle, précisant que Poutine rencontrerait Trump.", "rencontrerait", "hypothetical"),
    # what a day is set for is planned, whether or not the day is set yet
    ("Aucune date n'a encore été fixée pour la rencontre entre les deux ministres.", "rencontre", "planned"),
    ("Une date a été fixée pour le sommet entre les deux présidents.", "sommet", "planned"),
    ("Le ministre a préparé le terrain pour la visite du président à Moscou.", "visite", "occurred"),
    # an infinitive conjunct shares the plan of the verb above it
    ("Il doit s'entretenir mardi avec Sergueï Lavrov, puis être reçu par Vladimir Poutine.", "reçu", "planned"),
    ("Le ministre a rencontré son homologue russe puis s'est rendu à Pékin.", "s'est rendu", "occurred"),
    # a wish told in the conditional of `aimer`, even in reported speech, is no plan
    ("Le chancelier a déclaré qu'il aimerait rencontrer le président chinois.", "rencontrer", "hypothetical"),
    ("Le ministre a rencontré son homologue, qu'il aime beaucoup, à Rome.", "rencontré", "occurred"),
    # hypo_favorable: talks the sides are in favour of are a wish; a summit the adjective qualifies took place
    ("Rome et Ankara favorables à un sommet sur les migrations", "sommet", "hypothetical"),
    ("Le ministre s'est dit favorable à une rencontre avec son homologue.", "rencontre", "hypothetical"),
    ("Le sommet, favorable aux exportateurs, s'est tenu mardi à Lisbonne.", "sommet", "occurred"),
    # hypo_offer_host: an offer to host or organise talks is hypothetical; talks hosted took place
    ("Oslo a proposé d'accueillir des pourparlers entre les deux camps.", "pourparlers", "hypothetical"),
    ("Le Qatar s'est proposé d'organiser une rencontre entre les deux ministres.", "rencontre", "hypothetical"),
    ("Le Qatar a accueilli mardi des pourparlers entre les deux camps.", "pourparlers", "occurred"),
    # a threat is hypothetical (guidelines); a measure under study is planned
    ("Pékin a menacé d'imposer des droits de douane sur le soja.", "droits de douane", "hypothetical"),
    ("Washington brandit la menace de sanctions contre Ankara.", "sanctions", "hypothetical"),
    # ... also told in a gerund the parser reads as a fixed adverb (hypo_threat_gerund)
    (
        "Ottawa a répliqué lundi en menaçant d'imposer des droits de douane sur le bois à partir du 1er mai.",
        "droits de douane",
        "hypothetical",
    ),
    ("Ottawa a répliqué lundi en imposant des droits de douane sur le bois.", "droits de douane", "occurred"),
    ("Un nouveau paquet de sanctions est à l'étude à Bruxelles.", "sanctions", "planned"),
    ("Des sanctions contre la junte sont en préparation.", "sanctions", "planned"),
    # a negated cancel/deny cue leaves the event as it was
    ("Le sommet n'a pas été annulé.", "sommet", "occurred"),
    ("La visite n'a pas été reportée.", "visite", "occurred"),
    ("Le Kremlin n'a pas démenti la rencontre.", "rencontre", "occurred"),
    # `ne pas exclure`, `ne pas écarter` leave a possibility open: hypothetical, not negated nor done
    ("Le gouvernement n'exclut pas de geler les avoirs de plusieurs ministres.", "geler", "hypothetical"),
    ("Bruxelles n'écarte pas de nouvelles sanctions contre Minsk.", "sanctions", "hypothetical"),
    ("Le palais n'a pas exclu une visite du roi à Rabat.", "visite", "hypothetical"),
    ("La présidence n'exclut plus un entretien téléphonique avec son rival.", "entretien téléphonique", "hypothetical"),
    ("Le ministre a exclu toute rencontre avec son homologue.", "rencontre", "negated"),
    # a duty the parser hangs on its rate (`porter à 50 % les droits`) takes the threat above the rate verb
    ("Ankara a menacé de porter à 40 % les droits sur les voitures japonaises.", "droits", "hypothetical"),
    ("Le 3 avril, Ankara a porté à 40 % les droits sur les voitures japonaises.", "droits", "occurred"),
    # a passive `reporté` the parser hangs on a word of the subject phrase is read after the noun
    ("Les négociations prévues lundi à Genève entre Kiev et Moscou ont été reportées.", "négociations", "postponed"),
    ("La rencontre entre les deux ministres a été repoussée à la semaine prochaine.", "rencontre", "postponed"),
    ("Les pourparlers ont eu lieu à Vienne, mais la visite à Prague a été reportée.", "pourparlers", "occurred"),
    # talks agreed to are still to come
    ("Kiev et Moscou se sont mis d'accord pour reprendre les pourparlers en septembre.", "pourparlers", "planned"),
    ("Le gouvernement soudanais a accepté de rencontrer les médiateurs saoudiens.", "rencontrer", "planned"),
    ("Les deux camps se sont entendus pour tenir une nouvelle réunion.", "réunion", "planned"),
    ("Le ministre a accepté l'offre lors des pourparlers de jeudi.", "pourparlers", "occurred"),
    # a phrase dating the event by another one (`après`, `avant`) does not give it that one's status
    ("Après la suspension des pourparlers, l'aviation a bombardé le dépôt.", "bombardé", "occurred"),
    ("Avant le report du sommet, les deux ministres se sont rencontrés à Rome.", "rencontrés", "occurred"),
    ("Le report de la visite du ministre a été annoncé lundi.", "visite", "postponed"),
    # `en cas de` with its elided article opens a condition too
    ("Le traité engage les alliés en cas d'attaque contre l'un de ses membres.", "attaque", "hypothetical"),
    # the event a riposte answers happened before it: the promise or threat is the riposte's
    ("Le Pakistan a promis de riposter aux frappes indiennes de la nuit.", "frappes", "occurred"),
    ("Le Pakistan a promis de riposter aux frappes indiennes de la nuit.", "riposter", "planned"),
    # an act those sent were sent to do happened as the sending did
    ("L'armée a dépêché des chasseurs bombarder les positions rebelles.", "bombarder", "occurred"),
    ("L'armée dépêchera des chasseurs bombarder les positions rebelles.", "bombarder", "planned"),
    # the means of a wish told in the indicative past were used; in the present or the conditional, not yet
    ("En renvoyant trois diplomates, Oslo a voulu marquer sa colère.", "renvoyant", "occurred"),
    ("Le Danemark a voulu riposter en expulsant deux attachés militaires.", "expulsant", "occurred"),
    ("Le Danemark veut riposter en expulsant deux attachés militaires.", "expulsant", "hypothetical"),
    ("Le Danemark aurait voulu riposter en expulsant deux attachés militaires.", "expulsant", "hypothetical"),
    # a visit a host invites to is planned (plan_invitation); an invitation to act stays an appeal
    ("Le président chinois a invité Moon Jae-in à se rendre à Pékin.", "se rendre", "planned"),
    ("Donald Trump a invité Emmanuel Macron à effectuer une visite d'Etat à Washington.", "visite", "planned"),
    ("Vladimir Poutine a invité Donald Trump à venir à Moscou.", "venir à", "planned"),
    # ... and so are talks the guest is invited for (`pour`, `journey_status` in markers.csv)
    ("Le ministre a invité son homologue à Rome pour de nouvelles discussions.", "discussions", "planned"),
    ("Le Premier ministre a convié son homologue à Tokyo pour des entretiens.", "entretiens", "planned"),
    # a conditional under `sont convenus que` (the participle tagged as an adjective) is the future of that agreement
    ("Les deux présidents sont convenus que le Premier ministre se rendrait à Accra en mai.", "se rendrait", "planned"),
    (
        "Les deux ministres sont convenus que leurs délégations se retrouveraient à Genève.",
        "se retrouveraient",
        "planned",
    ),
    # `possible` after `que` or `plus` (`how_soon` in markers.csv) says how soon, not whether
    ("Les deux voisins ont convenu de tenir une réunion dès que possible.", "réunion", "planned"),
    ("Les chefs de la diplomatie ont tenu une rencontre le plus tôt possible.", "rencontre", "occurred"),
    ("Les deux ministres ont tenu au plus vite une réunion aussi brève que possible.", "réunion", "occurred"),
    ("Une réunion des deux ministres est possible en décembre.", "réunion", "hypothetical"),
    # a denial told as a complement clause
    ("Le Kremlin a démenti mardi que Vladimir Poutine ait parlé au téléphone avec Joe Biden.", "parlé", "negated"),
    ("Ankara nie que le ministre turc ait rencontré son homologue syrien à Moscou.", "rencontré", "negated"),
    ("Le Kremlin n'a pas démenti que Vladimir Poutine ait parlé au téléphone avec Joe Biden.", "parlé", "occurred"),
    ("Le Kremlin a confirmé mardi que Vladimir Poutine avait parlé au téléphone avec Joe Biden.", "parlé", "occurred"),
    ("Le ministère a réfuté mardi toute rencontre entre les deux ministres.", "rencontre", "negated"),
    ("La Maison Blanche n'a ni confirmé ni démenti l'appel entre Donald Trump et Xi Jinping.", "appel", "occurred"),
    ("Le sommet de Bakou n'a été ni annulé ni reporté, selon les organisateurs.", "sommet", "occurred"),
    # a denial right before the event word, read on the surface
    ("Pékin dément tout nouvel entretien entre Xi et Biden", "entretien", "negated"),
    ("Le ministre nie avoir rencontré le chef du Hamas à Doha.", "rencontré", "negated"),
    ("Moscou dément toute implication dans les frappes de drones sur la raffinerie.", "frappes", "occurred"),
    # a side's part in the event denied, not the event
    ("Téhéran a nié toute implication dans l'attaque de drones contre la raffinerie.", "attaque de drones", "occurred"),
    ("Moscou a démenti toute responsabilité dans le bombardement de la maternité.", "bombardement", "occurred"),
    ("Moscou a démenti tout bombardement de la maternité.", "bombardement", "negated"),
    # an infinitive under a verb of preventing
    ("La trêve n'a pas empêché l'armée de bombarder Idleb dimanche.", "bombarder", "occurred"),
    ("Les pressions de Washington n'ont pas empêché Israël de frapper Beyrouth jeudi.", "frapper", "occurred"),
    ("Les États-Unis ont empêché Israël de frapper les sites nucléaires iraniens.", "frapper", "negated"),
    ("La Turquie a dissuadé la Russie de bombarder Idleb.", "bombarder", "negated"),
    # a first name read as the verb (`Narendra`, Tense=Fut) that the real verb hangs on tells no tense
    (
        "Le Premier ministre Justin Trudeau et son homologue indien Narendra Modi s'étaient pourtant brièvement "
        "parlé jeudi en marge du sommet.",
        "s'étaient pourtant brièvement parlé",
        "occurred",
    ),
    # a present the tagger calls future is still the present: every future ends on `r` and its ending
    ("Genève accueille des pourparlers irano-américains.", "pourparlers", "occurred"),
    ("Genève accueillera des pourparlers irano-américains.", "pourparlers", "planned"),
    # a relative of taking place tells the status of the meeting asked for, wherever the parser hangs it
    (
        "Le Royaume-Uni a réclamé une réunion d'urgence du Conseil de sécurité de l'ONU, qui s'est tenue dans "
        "la soirée à New York.",
        "réunion",
        "occurred",
    ),
    ("L'Allemagne a demandé une réunion du Conseil de sécurité, qui se tiendra mardi.", "réunion", "planned"),
    ("L'Allemagne a demandé une réunion du Conseil de sécurité.", "réunion", "hypothetical"),
    # the infinitive the parser hangs on the one asked (`demander à X de ...`) is asked for, not done
    ("Le Danemark a demandé à l'Union européenne d'imposer des sanctions à l'Iran.", "sanctions", "hypothetical"),
    ("Le sommet, qui devait se tenir mardi à Oslo, a été annulé.", "sommet", "cancelled"),
    # being ready or willing to host talks is an offer
    (
        "« Nous sommes prêts à accueillir des pourparlers entre l'Arménie et l'Azerbaïdjan », "
        "a affirmé le président kazakh.",
        "pourparlers",
        "hypothetical",
    ),
    ("Le Qatar s'est dit disposé à organiser une rencontre entre Washington et Téhéran.", "rencontre", "hypothetical"),
    # a visit told beside its subject, between commas, is where the subject is: what it promises or prepares
    # is not the visit
    ("La cheffe du gouvernement, en visite à Rome, a promis une aide accrue.", "visite", "occurred"),
    ("Le ministre, en visite à Madrid, prépare un accord sur la pêche.", "visite", "occurred"),
    ("Le ministre prépare une visite à Madrid.", "visite", "planned"),
    # an instrument that `prévoit` a measure provides for it: the measure takes the status of the instrument's act
    ("Le président a signé jeudi un décret prévoyant des sanctions contre la Syrie.", "sanctions", "occurred"),
    ("Le Conseil a adopté mardi un texte qui prévoit des sanctions contre deux banques.", "sanctions", "occurred"),
    # a draft of an instrument (`drafts`: `un projet de résolution`) provides for nothing yet
    (
        "La France a déposé un projet de résolution prévoyant un embargo sur les armes contre le Soudan du Sud.",
        "embargo",
        "planned",
    ),
    ("Le gouvernement prévoit des sanctions contre deux banques.", "sanctions", "planned"),
    ("Le texte prévoit aussi des sanctions contre deux banques dès 2027.", "sanctions", "planned"),
    ("Après Washington, c'est au tour de Tokyo de sanctionner trois banques russes.", "sanctionner", "occurred"),
    # `a fait savoir`, parsed with `fait` hung on the infinitive: a conditional reported from the past
    (
        "Le président kényan a fait savoir lundi qu'il recevrait vendredi son homologue tanzanien.",
        "recevrait",
        "planned",
    ),
    # a negated verb of holding back (`litotes` in markers.csv) says the act was done, not denied
    ("Ottawa n'a pas hésité à sanctionner quatre généraux soudanais.", "sanctionner", "occurred"),
    ("L'aviation n'a pas tardé à bombarder les positions rebelles.", "bombarder", "occurred"),
    ("Ottawa hésite encore à sanctionner quatre généraux soudanais.", "sanctionner", "hypothetical"),
]


@pytest.fixture(scope="module")
def matcher(fr_model):
    return TriggerMatcher(fr_model.vocab, load_triggers())


def _trigger(fr_model, matcher, text, trigger_text):
    triggers = [t for t in matcher.find_triggers(fr_model(text)) if t.span.text == trigger_text]
    assert triggers, f"no trigger {trigger_text!r} in {text!r}"
    return triggers[0]


@pytest.mark.slow
@pytest.mark.parametrize("text,trigger_text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_event_status_of_trigger(fr_model, matcher, text, trigger_text, expected):
    trigger = _trigger(fr_model, matcher, text, trigger_text)
    assert event_status(trigger.head) == expected


@pytest.mark.slow
def test_event_status_cues_explain_the_decision(fr_model, matcher):
    trigger = _trigger(fr_model, matcher, "La rencontre prévue à Budapest a été annulée.", "rencontre")
    assert status_cues(trigger.head) == ["cancelled:cancel_verbs@annulée", "planned:plan_verbs@prévue"]


def test_event_status_cue_table_is_valid():
    cues = load_status_cues()
    assert {c.status for c in cues} == {"negated", "cancelled", "postponed", "hypothetical", "planned", "occurred"}


@pytest.mark.parametrize(
    "text,word,width,before,after",
    [
        (
            "Hier soir, la rencontre prévue à Oslo a été reportée.",
            "rencontre",
            3,
            ["soir", ",", "la"],
            ["prévue", "à", "oslo"],
        ),
        ("Le sommet est annulé. La visite aussi.", "visite", 5, ["la"], ["aussi", "."]),
        ("La visite aussi.", "visite", 0, [], []),
    ],
)
def test_phrase_cues_read_the_words_beside_the_trigger_in_its_sentence(fr_model, text, word, width, before, after):
    doc = fr_model(text)
    head = next(t for t in doc if t.text == word)
    assert _sides(head, width) == (before, after)


@pytest.mark.slow
@pytest.mark.parametrize("text,trigger_text,expected", CASES[:30], ids=[c[0][:40] for c in CASES[:30]])
def test_phrase_cues_read_from_shared_sides_as_alone(fr_model, matcher, text, trigger_text, expected):
    head = _trigger(fr_model, matcher, text, trigger_text).head
    cues = [c for c in load_status_cues() if c.match == "phrase"]
    sides = _sides(head, max(int(c.scope.partition(":")[2] or 8) for c in cues))
    assert [_phrase_hit(head, c, sides) for c in cues] == [_phrase_hit(head, c) for c in cues]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, trigger_text, expected",
    [
        ("Que sait-on du sommet entre Tokyo et Séoul ?", "sommet", True),
        ("Visite du chancelier allemand à Varsovie", "Visite", True),
        ("Le sommet entre Tokyo et Séoul a tourné court.", "sommet", False),  # a past verb tells its time
        ("Le sommet entre Tokyo et Séoul s'est tenu en mai.", "sommet", False),
        ("Le chancelier a rencontré son homologue.", "rencontré", False),  # a verb is its own tense
    ],
)
def test_title_or_question_noun_tells_no_time(nlp, text, trigger_text, expected):
    """With the full pipeline: its sentence boundaries are the ones the extractor reads."""
    triggers = TriggerMatcher(nlp.vocab, load_triggers()).find_triggers(nlp(text))
    assert tenseless(next(t for t in triggers if t.span.text == trigger_text).head) is expected


@pytest.mark.parametrize(
    "lemma, stems",
    [
        ("rencontrer", ["rencontrer"]),
        ("prendre", ["prendr"]),
        ("appeler", ["appeler", "appeller", "appèler"]),
        ("geler", ["geler", "geller", "gèler"]),  # both tried: `gèlerait` is the spelling
        ("mener", ["mener", "mèner"]),
        ("revoir", ["reverr"]),
        ("employer", ["employer", "emploier"]),
        # the auxiliaries: `seraient prises`, `aurait frappé` (not `averr` from `voir`)
        ("être", ["ser"]),
        ("avoir", ["aur"]),
    ],
)
def test_future_stems(lemma, stems):
    """The tagger often calls a conditional a present or an imperfect: the form is read against these."""
    assert _future_stems(lemma) == stems


@pytest.mark.parametrize(
    "form, lemma, expected",
    [
        ("seraient", "être", ["hypothetical:Mood=Cnd@seraient"]),
        ("sera", "être", ["planned:Tense=Fut@sera"]),
        ("étaient", "être", []),
        ("aurait", "avoir", ["hypothetical:Mood=Cnd@aurait"]),
        ("avait", "avoir", []),
    ],
)
def test_auxiliary_the_tagger_read_as_a_present_is_read_by_its_ending(form, lemma, expected):
    doc = Doc(spacy.blank("fr").vocab, words=[form], pos=["AUX"], lemmas=[lemma], morphs=["Mood=Ind|Tense=Pres"])
    assert _morph_cues(doc[0]) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # `a reporté mercredi la visite`: the parser hangs the object on the day; the verb still
        # calls it off or puts it back
        ("Le Premier ministre japonais a reporté mercredi la visite qu'il devait effectuer à Pékin.", "postponed"),
        ("Le Premier ministre japonais a annulé mercredi la visite qu'il devait effectuer à Pékin.", "cancelled"),
        # the partitive `de` of a plural object before its adjective (`de nouvelles frappes`) is no complement
        # of the day either: the promise still reaches it
        ("Le chef des rebelles a promis vendredi de nouvelles frappes contre Israël.", "planned"),
    ],
)
def test_status_reaches_an_object_hung_on_the_day(nlp, text, expected):
    doc = parse_text(nlp, text, date(2025, 10, 24))
    assert [m.status for m in doc._.event_mentions if m.event_type in ("meeting", "strike")] == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # `recevra` after a foreign name is tagged X, with no tense: the meeting is still found, and
        # its ending tells the future
        ("Keir Starmer recevra Volodymyr Zelensky à Londres samedi.", "planned"),
        ("Keir Starmer recevra Volodymyr Zelensky samedi.", "planned"),
        ("Keir Starmer recevra Volodymyr Zelensky lundi à Downing Street.", "planned"),
        ("Keir Starmer recevra Volodymyr Zelensky à Londres.", "planned"),
        ("Keir Starmer recevra Volodymyr Zelensky.", "planned"),
    ],
)
def test_verb_tagged_foreign_tells_its_tense_by_its_ending(nlp, text, expected):
    doc = parse_text(nlp, text, date(2025, 10, 24))
    assert [m.status for m in doc._.event_mentions if m.event_type == "meeting"] == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # a verbless headline ending on a participle of calling off or putting back
        ("La rencontre entre Kaja Kallas et Wang Yi reportée\n\nBruxelles, 24 octobre 2025 – Rien.", "postponed"),
        ("Le sommet entre Paris et Alger annulé\n\nParis, 24 octobre 2025 – Rien.", "cancelled"),
        ("Le sommet entre Paris et Alger\n\nParis, 24 octobre 2025 – Rien.", "occurred"),
    ],
)
def test_headline_participle_tells_the_status(nlp, text, expected):
    doc = parse_text(nlp, text, date(2025, 10, 24))
    assert [m.status for m in doc._.event_mentions if m.event_type == "meeting"] == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # an event noun under `après` came before the act it dates: suspended or called off, that
        # act's meaning is not the talk's
        (
            "Donald Trump a suspendu jeudi les droits de douane sur les produits brésiliens après un appel "
            "avec le président Lula.",
            "occurred",
        ),
        # ... while a talk that is the act's object takes its meaning
        ("Le Chili a annulé mardi sa rencontre avec le ministre péruvien.", "cancelled"),
    ],
)
def test_talk_told_before_the_act_it_dates_keeps_its_own_status(nlp, text, expected):
    doc = parse_text(nlp, text, date(2025, 10, 24))
    assert [m.status for m in doc._.event_mentions if m.event_type in ("call", "meeting")][-1:] == [expected]


# --- a plan told in the past, then told held -------------------------------------------------

FRIDAY = date(2025, 10, 24)


def _talks(nlp, text: str) -> list[tuple[str, str, str | None]]:
    doc = parse_text(nlp, text, FRIDAY)
    return [
        (m.event_type, m.status, m.date.start.isoformat() if m.date and m.date.start else None)
        for m in doc._.event_mentions
        if m.event_type in ("call", "meeting")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the plan's weekday read as the coming one is the held talk's, a week earlier
        (
            "Emmanuel Macron et Olaf Scholz devaient se rencontrer lundi à Berlin. "
            "Lundi, les deux dirigeants se sont retrouvés à la chancellerie.",
            [("meeting", "occurred", "2025-10-20"), ("meeting", "occurred", "2025-10-20")],
        ),
        (
            "Emmanuel Macron et Olaf Scholz avaient prévu de se parler au téléphone mardi. "
            "Mardi, les deux dirigeants se sont entretenus au téléphone pendant une heure.",
            [("call", "occurred", "2025-10-21"), ("call", "occurred", "2025-10-21")],
        ),
        # a plan alone stays a plan
        (
            "Emmanuel Macron et Olaf Scholz devaient se rencontrer lundi à Berlin.",
            [("meeting", "planned", "2025-10-27")],
        ),
        # a plan in the present is a further talk
        (
            "Emmanuel Macron et Olaf Scholz se sont vus lundi à Berlin. Ils doivent se revoir lundi à Paris.",
            [("meeting", "occurred", "2025-10-20"), ("meeting", "planned", "2025-10-27")],
        ),
    ],
)
def test_plan_told_in_the_past_is_the_talk_told_held(nlp, text, expected):
    assert _talks(nlp, text) == expected


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        ("Les deux ministres devaient se rencontrer jeudi.", "rencontrer", True),
        ("Les deux ministres avaient prévu de se voir jeudi.", "voir", True),
        ("Les deux ministres étaient censés se parler jeudi.", "parler", True),
        ("Les deux ministres doivent se rencontrer jeudi.", "rencontrer", False),
        ("Les deux ministres ont prévu de se voir jeudi.", "voir", False),
    ],
)
def test_foreseen_plan(nlp, text, trigger, expected):
    doc = parse_text(nlp, text, FRIDAY)
    head = next(t for t in doc if t.text == trigger)
    assert foreseen_plan(head) is expected


# A participle of postponing on talks that are the subject of a verb of resuming (`resume` in markers.csv) tells
# how they stood; the verb says whether they take place (class 7).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Les négociations entre Séoul et Tokyo, suspendues depuis mars, doivent reprendre à Busan.", "planned"),
        ("Les négociations entre Séoul et Tokyo, suspendues depuis mars, ont repris lundi à Busan.", "occurred"),
        ("Les négociations entre Séoul et Tokyo ont été suspendues lundi.", "postponed"),
    ],
)
def test_talks_suspended_then_resumed_take_the_status_of_resuming(fr_model, matcher, text, expected):
    assert event_status(_trigger(fr_model, matcher, text, "négociations").head) == expected


# A plan noun tells the event it plans within two `de` phrases; far above the trigger (the parser hanging the
# talks on a draft treaty) it plans its own complement, not the talks (class 7).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le Premier ministre arménien et le président azerbaïdjanais ont paraphé jeudi un projet de traité au "
            "terme de trois jours de pourparlers menés sous l'égide de la Suisse.",
            "occurred",
        ),
        ("Le projet d'une nouvelle série de pourparlers a été présenté mardi à Genève.", "planned"),
    ],
)
def test_plan_noun_far_above_the_talks_plans_something_else(fr_model, matcher, text, expected):
    assert event_status(_trigger(fr_model, matcher, text, "pourparlers").head) == expected


# Rule: a measure told with a `si` clause is hypothetical, also where the parser hung the `si` and its subject
# on the noun before them (nlp/conditional_clauses.py); the act after `au lendemain de` came before, so a threat
# the phrase hangs on is not its status.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ottawa a averti mardi qu'il imposerait des surtaxes sur 30 milliards de produits américains si "
            "Washington maintenait ses droits sur l'acier.",
            [("state:CAN", "hypothetical"), ("state:USA", "hypothetical")],
        ),
        (
            "Pékin a brandi la menace de nouvelles surtaxes, au lendemain de l'entrée en vigueur de droits "
            "américains sur l'acier chinois.",
            [("state:CHN", "hypothetical"), ("state:USA", "occurred")],
        ),
    ],
)
def test_conditioned_measure_and_the_morrow_of_an_act(nlp, text, expected):
    doc = parse_text(nlp, text, FRIDAY)
    found = [(m.source_actor, m.status) for m in doc._.event_mentions if m.event_type == "sanction"]
    assert sorted(found) == sorted(expected)


# Rule: `pas` with a determiner (`emboîter le pas`, `faire un pas`) is the noun, no negation.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le Japon a emboîté le pas à Washington en sanctionnant à son tour cinq responsables iraniens.", "occurred"),
        ("Tokyo a franchi un pas de plus en gelant les avoirs de deux banques russes.", "occurred"),
        # the determiner hung on the day after `pas`
        ("Le Canada a emboîté le pas jeudi en gelant les avoirs de quatre armateurs iraniens.", "occurred"),
        ("L'Australie n'a pas sanctionné les généraux birmans.", "negated"),
    ],
)
def test_pas_with_a_determiner_is_no_negation(nlp, text, expected):
    doc = parse_text(nlp, text, FRIDAY)
    assert [m.status for m in doc._.event_mentions if m.event_type == "sanction"] == [expected]
