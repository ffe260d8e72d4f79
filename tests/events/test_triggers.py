"""Trigger lexicon and matcher: one parametrised row per French sentence (written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.events.triggers import TriggerMatcher, _absent_from_sentence, load_triggers, participles
from pipeline.schema import EVENT_TYPES

CASES = [
    # a team or a leader climbing to the top of a ranking is no summit
    ("Grâce à cette victoire, les Suédois se hissent au sommet du groupe F.", []),
    ("Le parti a grimpé au sommet des intentions de vote.", []),
    ("Le sommet entre les deux pays s'est tenu lundi à Stockholm.", [("meeting", "sommet")]),
    # visiting a factory, a temple or a cemetery is a tour of a place, not a visit that includes talks
    ("Le président chinois a visité mardi une usine sidérurgique en Serbie.", []),
    ("Lors de sa visite d'un temple bouddhiste, le Premier ministre a prié pour la paix.", []),
    ("Le président chinois a achevé mardi une visite d'État en Serbie.", [("meeting", "visite")]),
    # an interview on television or radio is no talks between parties; talks between leaders are
    ("Lors d'un entretien télévisé de deux heures, le président a défendu sa réforme.", []),
    ("Dans un entretien radiophonique, la ministre a évoqué la crise.", []),
    ("Le ministre a eu jeudi un long entretien avec son homologue à Rome.", [("meeting", "entretien")]),
    # leaders who shake hands meet in person; shaking supporters' hands or tightening one's belt does not
    ("Les deux présidents se sont serré la main vendredi à la frontière.", [("meeting", "serré")]),
    ("Le Premier ministre a serré la main de son homologue japonais.", [("meeting", "serré")]),
    ("Le candidat a serré la main de centaines de partisans.", []),
    ("Le gouvernement va serrer la ceinture des ménages.", []),
    # a conversation is a call (guidelines), `se reparler` too
    ("La présidente et le chancelier se sont parlé samedi.", [("call", "se sont parlé")]),
    ("Les deux ministres doivent se reparler lundi.", [("call", "se reparler")]),
    # in person (`en marge de`): no call, but a meeting of the two beside the summit (meet_se_parler_venue)
    ("Les deux ministres se sont parlé en marge du sommet.", [("meeting", "se sont parlé"), ("meeting", "sommet")]),
    # `échanger sur`/`avec` with no place or meeting word is a conversation, a call (guidelines);
    # swapping things (prisoners, cards) or talking during a meeting is not
    ("Le ministre a échangé avec son homologue sur la crise énergétique.", [("call", "échangé")]),
    ("La présidente et le roi ont échangé jeudi sur la sécheresse.", [("call", "échangé")]),
    ("Les deux pays ont échangé des prisonniers samedi sur la frontière.", []),
    ("Ils ont échangé leurs cartes avec les délégués.", []),
    ("Lors de leur rencontre à Rome, ils ont échangé sur la Libye.", [("meeting", "rencontre")]),
    # `converser`: a conversation is a call, unless told at a meeting, where it is a talk in person
    # (meet_talk_sidelines)
    ("Les deux présidents ont conversé pendant une heure mercredi.", [("call", "conversé")]),
    ("En marge du forum, le ministre a conversé avec son homologue.", [("meeting", "conversé")]),
    # `une conversation avec X` is a call, unless told at a meeting
    ("Le chancelier a eu lundi une longue conversation avec le président chinois.", [("call", "conversation")]),
    ("Lors de sa visite, le ministre a eu une conversation avec le roi.", [("meeting", "visite")]),
    # `un échange de vues` between leaders is a conversation, a call, unless told at a meeting
    ("Les deux chefs de gouvernement ont eu un échange de vues sur la relance.", [("call", "échange de vues")]),
    ("Lors de leur rencontre, les ministres ont eu un échange de vues sur la relance.", [("meeting", "rencontre")]),
    # `se parler` with an adverb between the auxiliary and the participle
    ("Les deux dirigeants se sont par ailleurs parlé mardi.", [("call", "se sont par ailleurs parlé")]),
    ("Les deux ministres se sont longuement parlé jeudi.", [("call", "se sont longuement parlé")]),
    # `avoir X au bout du fil` is a call; someone on the line is not
    ("Le chef de l'Etat a eu dimanche son homologue brésilien au bout du fil.", [("call", "eu")]),
    ("Il y avait au bout du fil un conseiller du président.", []),
    # `joindre` a counterpart or a leader is a call, with or without a phone word; joining a cause is not
    ("Le ministre a joint mercredi son homologue algérien pour évoquer la crise.", [("call", "joint")]),
    ("Le ministre a joint ses efforts à ceux du président.", []),
    # calls
    ("Poutine a appelé Trump mardi soir.", [("call", "appelé")]),
    ("Macron s'est entretenu au téléphone avec Zelensky.", [("call", "entretenu")]),
    ("Les deux présidents ont eu un appel téléphonique dimanche.", [("call", "appel téléphonique")]),
    ("Le ministre a téléphoné à son homologue.", [("call", "téléphoné")]),
    ("L'échange Rubio-Lavrov a été qualifié de constructif.", [("call", "échange")]),
    ("Ils ont eu un coup de fil tendu.", [("call", "coup de fil")]),
    ("Les deux dirigeants se sont parlé par visioconférence.", [("call", "parlé"), ("call", "visioconférence")]),
    # `joindre` by phone is a call; a source reached by a newsroom is not, nor joining a cause
    ("Le chef de la diplomatie a joint par téléphone son homologue saoudien.", [("call", "joint")]),
    ("La ministre l'a jointe au téléphone dimanche soir.", [("call", "jointe")]),
    ("Joint par téléphone par l'AFP, le porte-parole a démenti.", []),
    ("Le maire a joint sa voix à celle des syndicats.", []),
    # `entrevue` is a meeting, unless granted to a newspaper
    ("Leur entrevue a duré deux heures au palais présidentiel.", [("meeting", "entrevue")]),
    ("Le président a accordé une entrevue au quotidien Le Monde.", []),
    # `discuter avec` someone is a talk (a call with a phone word), not with journalists
    ("La Première ministre a discuté avec le chancelier de la crise énergétique.", [("meeting", "discuté")]),
    ("Le président a discuté avec son homologue au téléphone.", [("call", "discuté")]),
    # a quoted word after a duty (`des droits « réciproques » de 34 %`) that the parser takes for a second
    # object still leaves the rate the duty's; a quoted word after rights with no rate does not make a duty
    (
        "Le président a annoncé des droits « réciproques » de 34 % sur les produits chinois.",
        [("statement", "annoncé"), ("sanction", "droits")],
    ),
    ("Le syndicat a défendu des droits « acquis » de longue date.", []),
    # `les siens à 125 %` after duties named `droits` or `taxes` in the sentence is the other side's duties;
    # a bank's rates are not
    (
        "Ottawa a relevé ses droits à 30 %, et le Mexique a porté les siens à 35 %.",
        [("sanction", "droits"), ("sanction", "les siens à 35 %")],
    ),
    ("La banque a relevé ses taux à 4 %, et ses concurrentes ont porté les leurs à 5 %.", []),
    # a lone subject discussing a topic is no talk; a pair on the phone is a call
    ("Le gouvernement a discuté mardi du budget.", []),
    ("La chancelière et le roi ont discuté jeudi au téléphone.", [("call", "discuté")]),
    ("Le ministre a discuté avec des journalistes de la réforme.", []),
    # a conversation between two parties is a call (the guidelines), not when the sentence places
    # it at a summit or a visit, nor a private one
    ("L'hiver avait commencé par une conversation entre Rome et Madrid.", [("call", "conversation")]),
    ("Au sommet, une conversation entre Rome et Madrid a eu lieu.", [("meeting", "sommet")]),
    ("Une conversation privée entre les deux sœurs a été publiée.", []),
    # meetings
    ("Rubio s'est entretenu avec Lavrov à Genève.", [("meeting", "entretenu")]),
    ("Trump a rencontré Poutine en Alaska.", [("meeting", "rencontré")]),
    ("Le président s'est rendu à Washington lundi.", [("meeting", "s'est rendu")]),
    ("Le ministre s'y est rendu mardi.", [("meeting", "s'y est rendu")]),
    ("Zelensky est venu à Washington.", [("meeting", "venu à")]),
    ("Le président a reçu son homologue à l'Élysée.", [("meeting", "reçu")]),
    ("Les pourparlers reprendront jeudi.", [("meeting", "pourparlers")]),
    ("Le sommet pourrait avoir lieu à Budapest.", [("meeting", "sommet")]),
    ("Le gouvernement prépare une visite à Pékin.", [("meeting", "visite")]),
    # a journey put off, called off, planned or carried out is a visit; a journey of fans, of the
    # press or in time is not, nor one only recalled
    ("Le ministre a reporté son voyage à Ankara.", [("meeting", "voyage")]),
    ("Le déplacement du président à Lima a été annulé.", [("meeting", "déplacement")]),
    ("La venue de la reine en Norvège est prévue en mai.", [("meeting", "venue")]),
    ("Les supporters préparent un voyage à Lyon.", []),
    ("Le voyage de presse à Oslo est complet.", []),
    ("Le roman raconte un voyage dans le temps à Rome.", []),
    ("Son prédécesseur avait fait le voyage de Hanoï en 1995.", []),
    ("Les négociations ont été ajournées.", [("meeting", "négociations")]),
    ("Une réunion des ministres des Affaires étrangères s'est tenue hier.", [("meeting", "réunion")]),
    # a dialogue is a meeting when it is held, organised or hosted; a call for dialogue is not
    ("Rome et Tunis ont tenu mardi leur dialogue migratoire annuel.", [("meeting", "dialogue")]),
    ("La France et l'Inde ont organisé lundi un dialogue stratégique.", [("meeting", "dialogue")]),
    ("Le pape a appelé au dialogue entre les deux camps.", [("statement", "appelé")]),
    # strikes
    ("Les drones ont frappé la raffinerie de Saratov.", [("strike", "frappé")]),
    ("Une explosion s'est produite à la raffinerie.", [("strike", "explosion")]),
    ("L'armée a pilonné les positions ukrainiennes.", [("strike", "pilonné")]),
    ("L'armée russe a tiré des missiles sur Odessa.", [("strike", "tiré")]),
    ("La Russie a bombardé Kharkiv dans la nuit.", [("strike", "bombardé")]),
    ("Les forces ukrainiennes ont abattu trois drones.", [("strike", "abattu")]),
    # a wave the parser hung away from its passive verb (`a déclaré que 9 drones et 2 missiles ... abattus`)
    (
        "L'armée a déclaré que 9 drones et 2 missiles avaient été abattus.",
        [("statement", "déclaré"), ("strike", "abattus")],
    ),
    ("Le garde a déclaré que 9 chênes et 2 hêtres avaient été abattus.", [("statement", "déclaré")]),
    # a munition that kills or wounds (`un drone y avait tué X`) is a strike; a strike noun as subject
    # keeps its own trigger, and a killing with no munition is none
    ("Un drone a tué deux soldats près de la frontière.", [("strike", "tué")]),
    ("Des roquettes ont blessé cinq civils à Sdérot.", [("strike", "blessé")]),
    ("Une frappe de drone a tué deux soldats.", [("strike", "frappe")]),
    ("La police a tué un suspect armé.", []),
    # an attack on or by the press is figurative; a source `cité par la presse` leaves the attack told
    (
        "Selon des officiers cités par la presse, la frappe répond à l'attaque syrienne de mardi.",
        [("statement", "Selon"), ("strike", "frappe"), ("statement", "répond"), ("strike", "attaque")],
    ),
    ("Le sénateur a multiplié les attaques contre la presse.", []),
    (
        "Une attaque de drone contre la raffinerie a provoqué un incendie.",
        [("strike", "attaque de drone"), ("strike", "incendie")],
    ),
    ("Un attentat-suicide a visé la mosquée.", [("strike", "attentat-suicide")]),
    # `force de frappe` is a capability; forces named below the strike noun carried it out
    ("Quinze civils ont péri dans une frappe de drone des Forces armées rebelles.", [("strike", "frappe")]),
    ("Paris veut moderniser sa force de frappe nucléaire.", []),
    # measures that `frappent` people or banks hit them as a sanction, not as a strike
    ("Ces mesures frappent aussi des armateurs iraniens.", []),
    # ... but a state that `frappe` firms, banks or oligarchs sanctions them; not a state struck by means of no one
    ("Washington avait frappé en décembre plusieurs sociétés écrans liées à Pyongyang.", [("sanction", "frappé")]),
    ("Téhéran a frappé Israël depuis son sol, et non par l'intermédiaire de ses alliés.", [("strike", "frappé")]),
    ("Kiev a dénoncé un sabotage du gazoduc.", [("statement", "dénoncé"), ("strike", "sabotage")]),
    # sanctions
    ("Le Trésor sanctionne Rosneft et Lukoil.", [("sanction", "sanctionne")]),
    ("Washington impose de nouvelles sanctions contre Moscou.", [("sanction", "sanctions")]),
    ("L'Union européenne a décidé le gel des avoirs de la banque.", [("sanction", "gel des avoirs")]),
    ("L’interdiction d’exporter du pétrole entre en vigueur.", [("sanction", "interdiction d’exporter")]),
    ("Bruxelles maintient l'embargo sur les armes.", [("sanction", "embargo")]),
    ("Le Conseil a décidé de geler les avoirs de l'oligarque.", [("sanction", "geler")]),
    ("Ottawa a riposté par des contre-tarifs sur le whisky.", [("sanction", "contre-tarifs")]),
    ("La Commission a fixé des droits antidumping sur les vélos électriques.", [("sanction", "droits antidumping")]),
    ("Trois sociétés rejoignent la liste des entités non fiables.", [("sanction", "liste des entités non fiables")]),
    ("Pékin a suspendu les importations de fruits de mer japonais.", [("sanction", "suspendu")]),
    ("Moscou a bloqué mardi les importations de vin moldave.", [("sanction", "bloqué")]),
    ("Les négociations sur les exportations ont été suspendues.", [("meeting", "négociations")]),
    # a call over a military or presidential hotline: a phrase in requires_any
    ("Les deux chefs d'état-major se sont parlé par la ligne directe.", [("call", "parlé")]),
    ("Les présidents ont échangé samedi par la hotline militaire.", [("call", "échangé")]),
    ("La présidente a discuté une heure avec lui sur une ligne sécurisée.", [("call", "discuté")]),
    ("Le sénateur a parlé d'une ligne rouge à ne pas franchir.", []),
    # `se retrouver` with people summed up by a noun (`les deux hommes`, `les deux parties`)
    ("Les deux hommes doivent se retrouver à Oslo en mai.", [("meeting", "se retrouver")]),
    ("Les parties se retrouveront jeudi à Genève.", [("meeting", "se retrouveront")]),
    ("Les deux responsables sont convenus de se retrouver à Rabat.", [("meeting", "se retrouver")]),
    ("Les deux interlocuteurs se retrouveront en juin à Lisbonne.", [("meeting", "se retrouveront")]),
    ("Les deux hommes se sont retrouvés en prison.", []),
    # named people with a plural verb meet each other (`@people`); `de nouveau`, `à nouveau` between
    # the auxiliary and the participle (s25-talkseries)
    ("Justin Trudeau et Joe Biden se sont retrouvés jeudi à Ottawa.", [("meeting", "se sont retrouvés")]),
    # the parser loses the subject (`Emmanuel` taken for the root): the name right before the verb
    ("Emmanuel Macron et Xi Jinping se sont retrouvés vendredi à Canton.", [("meeting", "se sont retrouvés")]),
    ("Les deux ministres se sont à nouveau retrouvés jeudi à Vienne.", [("meeting", "se sont à nouveau retrouvés")]),
    ("Olaf Scholz et Pedro Sánchez se sont de nouveau vus lundi.", [("meeting", "se sont de nouveau vus")]),
    ("Angela Merkel s'est retrouvée seule face aux critiques.", []),
    # an infinitive takes the number of the verb that controls it
    ("Pedro Sánchez et Giorgia Meloni doivent se retrouver à Rome en juin.", [("meeting", "se retrouver")]),
    ("Mark Carney et Keir Starmer ont décidé de se retrouver à Londres.", [("meeting", "se retrouver")]),
    ("Giorgia Meloni risque de se retrouver seule à Rome.", []),
    ("Angela Merkel s'est retrouvée lundi à Bruxelles.", []),
    # two leaders who dine or lunch together, told by their number or names (`meet_diner_ensemble`)
    ("Les deux présidents avaient dîné la veille à Versailles.", [("meeting", "dîné")]),
    ("Jacinda Ardern et Scott Morrison ont déjeuné lundi à Sydney.", [("meeting", "déjeuné")]),
    ("Les deux enfants ont dîné tôt.", []),
    ("Le ministre a dîné lundi à l'hôtel.", []),
    # military officers of two armies who meet (s21-meeting): commanders, officers, generals, envoys
    ("Des officiers indiens et pakistanais se sont retrouvés à la frontière.", [("meeting", "se sont retrouvés")]),
    ("Le médiateur a réuni lundi les commandants des deux armées.", [("meeting", "réuni")]),
    ("Le général s'est retrouvé isolé au sein de l'état-major.", []),
    # `prendre d'assaut` a place is an attack; crowds of shoppers, fans or tourists storm shops and beaches
    ("Des insurgés ont pris d'assaut une caserne près de Tillabéri.", [("strike", "pris d'assaut")]),
    ("Les clients ont pris d'assaut les magasins dès l'ouverture.", []),
    ("Les vacanciers et les touristes ont pris d'assaut les plages.", []),
    # an infinitive of purpose (`pour`, `afin de`) is no attribute of the subject, whatever its label
    ("Les deux ministres se sont retrouvés pour parler du gaz.", [("meeting", "se sont retrouvés")]),
    ("Les deux chefs se sont retrouvés pour parler du budget.", [("meeting", "se sont retrouvés")]),
    ("Les deux hommes se sont retrouvés à devoir tout payer.", []),
    # more sport (off_domain.csv): a friendly or a national team's game names states, it is no meeting
    ("La rencontre de hockey entre le Canada et la Suède a été reportée.", []),
    ("Une rencontre amicale entre l'Argentine et le Chili aura lieu mardi.", []),
    ("L'équipe nationale du Maroc a reçu le Sénégal en éliminatoires.", []),
    ("La rencontre de volley-ball entre la Pologne et la France a été reportée.", []),
    # a game told by its result or as `disputée` is a match between national teams, not talks
    ("La rencontre entre le Chili et le Pérou s'est terminée sur un score nul.", []),
    ("La rencontre, disputée samedi à Dublin, a attiré la foule.", []),
    ("La rencontre entre le Chili et le Pérou s'est terminée sur un accord.", [("meeting", "rencontre")]),
    # a tariff strikes goods, not targets (off_domain.csv)
    # (and `frapper de droits` is itself the measure: both words trigger one sanction of one clause)
    (
        "Pékin frappe de droits de douane les produits américains.",
        [("sanction", "frappe"), ("sanction", "droits de douane")],
    ),
    # a tariff that `frappe` goods is a sanction, also in a relative or participle clause the parser
    # hangs the verb on (`anc` scope), and with `frapper de droits` tagged as the noun `frappe`
    (
        "Les nouvelles surtaxes, qui visent surtout l'automobile, frapperont dès juin les constructeurs japonais.",
        [("sanction", "surtaxes"), ("sanction", "frapperont")],
    ),
    ("Les taxes décidées par Ottawa frappent depuis lundi le bois d'œuvre américain.", [("sanction", "frappent")]),
    ("Hanoï frappe de droits de 40 % les crevettes indonésiennes.", [("sanction", "frappe"), ("sanction", "droits")]),
    ("La tempête a frappé la côte atlantique.", []),
    # `frapper X d'une surtaxe` when the parser hangs the duty far from the verb (`à son tour` taken for
    # its complement): a measure noun or a rate in the sentence, and no weapon or household tax
    (
        "Manille frappe à son tour les fruits vietnamiens d'une surtaxe de 12 %.",
        [("sanction", "frappe"), ("sanction", "surtaxe")],
    ),
    (
        "Une frappe russe a touché jeudi un poste de douane près de Kharkiv.",
        [("strike", "frappe"), ("strike", "touché")],
    ),
    ("La nouvelle taxe sur le fioul frappe d'abord les ménages ruraux.", []),
    # `taxer`, `surtaxer` goods (the tagger may give `taxe` or `taxant` as their lemma), not incomes
    ("Séoul taxe désormais à 30 % les importations d'acier japonais.", [("sanction", "taxe")]),
    ("Le Vietnam a décidé de surtaxer les marchandises thaïlandaises.", [("sanction", "surtaxer")]),
    ("Nairobi a riposté en taxant à 60 % le sucre ougandais.", [("sanction", "taxant")]),
    ("Le gouvernement veut taxer davantage les hauts revenus.", []),
    ("La mairie compte taxer les résidences secondaires.", []),
    # trade counter-measures, not electronic ones
    (
        "Canberra a annoncé des contre-mesures visant les produits agricoles néo-zélandais.",
        [("statement", "annoncé"), ("sanction", "contre-mesures")],
    ),
    ("La frégate a déployé des contre-mesures électroniques face aux missiles.", []),
    # a trade riposte named by its noun (`riposte tarifaire`), not a military or verbal one
    ("La riposte commerciale d'Ottawa vise le bourbon du Kentucky.", [("sanction", "riposte")]),
    ("Des représailles douanières contre le vin chilien sont à l'étude.", [("sanction", "représailles")]),
    ("La riposte du ministre aux critiques a été immédiate.", []),
    ("Sa réplique cinglante a fait rire la salle.", []),
    # an export licence imposed on goods leaving for a state is an export control
    ("Hanoï a soumis à licence les exportations de tungstène vers le Japon.", [("sanction", "soumis à licence")]),
    ("Le projet a été soumis à autorisation du conseil municipal.", []),
    # firms, banks or ships `sont également visés` by a package are its targets; struck ones are not
    ("Deux banques kazakhes sont également visées.", [("sanction", "sont également visées")]),
    ("Des pétroliers grecs ont été visés par des drones.", [("strike", "visés")]),
    ("Trois sociétés sont visées par une enquête du parquet.", []),
    # `viser à` + infinitive is an aim, not a strike (`forbids_dep` `child:xcomp`); `à nouveau` is no infinitive
    ("Le plan, coordonné avec Israël, vise à protéger les bases et les missiles du pays.", []),
    ("Cette démarche vise à convaincre les alliés de livrer davantage de missiles.", []),
    ("Les drones visaient à nouveau la base aérienne.", [("strike", "visaient")]),
    # trade frozen or cut off with a state
    ("Rabat a gelé ses échanges commerciaux avec Alger.", [("sanction", "gelé")]),
    ("Le Kenya a coupé ses exportations de thé vers le Soudan.", [("sanction", "coupé")]),
    ("Le club a gelé le salaire de son entraîneur.", []),
    # designating a group as terrorist; revoking a licence to trade or produce oil
    (
        "Ottawa a désigné mercredi le cartel comme organisation terroriste.",
        [("sanction", "désigné mercredi le cartel comme organisation terroriste")],
    ),
    ("Le parti a désigné un ancien chef de groupe terroriste comme témoin.", []),
    (
        "Washington a révoqué la licence autorisant la société à exporter du brut.",
        [("sanction", "révoqué la licence")],
    ),
    ("Le conseil de l'ordre a retiré la licence du médecin.", []),
    # a duty told by its rate first (`10 % de droits`) or by the goods it weighs on
    ("Séoul a imposé 15 % de droits supplémentaires sur le blé australien.", [("sanction", "droits")]),
    ("Le fonds détient 10 % des droits de vote.", []),
    ("Le décret relève les droits sur l'acier brésilien.", [("sanction", "droits")]),
    ("Les droits sur les produits dérivés de la série ont été vendus.", []),
    # `frapper de 125 %` goods: a duty, not a strike
    ("Pékin frappe désormais de 125 % les produits canadiens.", [("sanction", "frappe")]),
    # `frapper` an amount of money (`30 milliards de dollars` of goods): a duty, also in a headline where
    # the tagger reads `frappe` as the noun; damage counted in dollars is still a strike's toll
    (
        "Ottawa a menacé de frapper jusqu'à 30 milliards de dollars de biens japonais.",
        [("statement", "menacé"), ("sanction", "frapper")],
    ),
    ("Washington frappe 40 milliards de dollars de produits brésiliens.", [("sanction", "frappe")]),
    ("Bruxelles frappera 12 milliards d'euros d'importations indiennes.", [("sanction", "frappera")]),
    (
        "Des missiles ont frappé le port, causant des millions de dollars de dégâts.",
        [("strike", "frappé")],
    ),
    # a court's sentence is no sanction by a state (off_domain.csv), a state's sanction on judges is one
    (
        "Le tribunal correctionnel a condamné l'ancien maire à un an de prison avec sursis, "
        "une sanction jugée clémente.",
        [],
    ),
    ("La cour d'assises a prononcé une lourde sanction contre l'accusé.", []),
    ("Londres a sanctionné trois juges russes.", [("sanction", "sanctionné")]),
    # the measure a riposte answers (`en représailles à une mesure similaire de X`) is the other side's act;
    # health measures answered are none
    (
        "Vilnius a expulsé un diplomate biélorusse, en représailles à une mesure similaire de Minsk.",
        [("sanction", "expulsé"), ("sanction", "mesure")],
    ),
    ("Le maire a fermé les parcs en réponse aux mesures de confinement.", []),
    # `la commission des tarifs douaniers` names a body, not a measure; tariffs it raises are one
    ("La commission des tarifs douaniers du Conseil d'État a publié un avis.", []),
    ("La Commission a relevé les tarifs douaniers sur le riz birman.", [("sanction", "tarifs douaniers")]),
    # `a ordonné mardi le départ de diplomates`: a day or an adverb between the verb and `le départ`
    ("Oslo a ordonné mardi le départ de trois diplomates russes.", [("sanction", "ordonné mardi le départ")]),
    ("Le juge a ordonné mardi le départ des occupants.", []),
    # military advisers expelled are diplomats expelled
    ("Le Mali a décidé d'expulser les conseillers militaires français.", [("sanction", "expulser")]),
    # the terrorist list of a state is a sanction list
    (
        "Ottawa a inscrit le groupe armé sur sa liste des organisations terroristes.",
        [("sanction", "liste des organisations terroristes")],
    ),
    # a tax on another state's goods is a trade measure; a tax on local goods alone is not a sanction
    ("Les taxes brésiliennes sur les marchandises argentines ont doublé.", [("sanction", "taxes")]),
    ("La taxe foncière a doublé cette année.", []),
    # `un droit de 20 %` is a duty; `un droit de vote` is not
    ("Le Mexique applique depuis mardi un droit de 20 % sur le sucre guatémaltèque.", [("sanction", "droit")]),
    ("Les actionnaires conservent un droit de vote de 30 %.", []),
    # `gelé` tagged as an adjective but heading the clause; a date parsed as the object of `suspendre`;
    # `interdire l'entrée`
    ("Ottawa a gelé les comptes de deux banques iraniennes.", [("sanction", "gelé")]),
    ("Les avoirs gelés restent à Bruxelles.", []),
    # closing another state's consulate is a diplomatic sanction; closing one's own embassy is not
    ("La Lituanie a fermé mardi le consulat biélorusse de Klaipėda.", [("sanction", "fermé mardi le consulat")]),
    (
        "Varsovie a ordonné la fermeture du dernier consulat russe encore ouvert en Pologne.",
        [("sanction", "fermeture")],
    ),
    ("La France a fermé son ambassade à Kaboul pour des raisons de sécurité.", []),
    ("La fermeture temporaire de l'ambassade américaine a été annoncée.", [("statement", "annoncée")]),
    # `ont gelé` with the auxiliary `avoir` is a past tense whatever the parser made of `gelé`
    ("Ottawa et Canberra ont par ailleurs gelé jeudi les avoirs de trois armateurs iraniens.", [("sanction", "gelé")]),
    ("Tokyo a suspendu lundi ses importations de poisson chinois.", [("sanction", "suspendu")]),
    ("Moscou a interdit l'entrée sur son sol à vingt élus britanniques.", [("sanction", "interdit")]),
    # a tariff participle in a headline, the duty hung beside it
    (
        "L'Inde frappée de droits de 50 %, New Delhi cherche des débouchés",
        [("sanction", "frappée"), ("sanction", "droits")],
    ),
    # visas suspended or revoked as a measure, not for paperwork; all trade suspended; advisers told to leave
    ("Washington a révoqué les visas de plusieurs ministres brésiliens.", [("sanction", "révoqué")]),
    ("Le gouvernement a suspendu les visas étudiants pour raisons administratives.", []),
    ("Le Maroc a suspendu tout commerce avec l'Algérie.", [("sanction", "suspendu")]),
    ("Le gouvernement a suspendu les négociations commerciales avec Ottawa.", [("meeting", "négociations")]),
    (
        "Le Mali a ordonné aux conseillers militaires français de quitter le pays.",
        [("sanction", "ordonné aux conseillers militaires français de quitter")],
    ),
    # statements
    ("Le pape a appelé à la retenue.", [("statement", "appelé")]),
    # s23-lead: `appeler à` is an appeal also in a sentence with a phone word (the call is the other verb's)
    (
        "La ministre s'est entretenue par téléphone avec son homologue Sergueï Lavrov pour appeler à la désescalade.",
        [("call", "entretenue"), ("statement", "appeler")],
    ),
    ("Le ministre a appelé au téléphone son homologue.", [("call", "appelé")]),
    # s23-lead: two leaders who `ont échangé` at a lunch, a summit or on its margins met (meet_echanger_occasion);
    # prisoners or fire exchanged there are not a meeting
    ("Les deux présidents ont échangé brièvement lors de la cérémonie.", [("meeting", "échangé")]),
    ("Les deux camps ont échangé des prisonniers lors de la cérémonie.", []),
    ("Selon le Kremlin, la rencontre a eu lieu.", [("statement", "Selon"), ("meeting", "rencontre")]),
    ("Le ministre a menacé de représailles.", [("statement", "menacé")]),
    ("Kiev accuse Moscou de crimes de guerre.", [("statement", "accuse")]),
    # negatives: no event of these types
    ("Les syndicats appellent à la grève.", [("statement", "appellent")]),
    ("Il a frappé à la porte du bureau.", []),
    ("Les deux camps ont procédé à un échange de prisonniers.", []),
    # an exchange of fire is no call but a strike (GUIDELINES: troops opening fire)
    ("Des échanges de tirs ont eu lieu à la frontière.", [("strike", "tirs")]),
    ("Il a qualifié l'attaque verbale de honteuse.", []),
    ("L'attaque du PSG a brillé samedi.", []),
    ("Il a accordé un entretien au Figaro.", []),
    ("La grève des cheminots paralyse le pays.", []),
    ("Le joueur a été frappé par la malchance.", []),
    ("La visite à venir suscite des attentes.", [("meeting", "visite")]),
    # class 6: trade measures, expulsions of diplomats, visa bans, export controls
    ("La Norvège a expulsé quatre diplomates iraniens.", [("sanction", "expulsé")]),
    ("Le Danemark a annoncé l'expulsion du consul syrien.", [("statement", "annoncé"), ("sanction", "expulsion")]),
    (
        "Prague a déclaré persona non grata l'attaché militaire russe.",
        [("statement", "déclaré"), ("sanction", "persona non grata")],
    ),
    ("Le gouvernement a ordonné le départ de l'ambassadeur du Niger.", [("sanction", "ordonné le départ")]),
    ("Tokyo a renvoyé le consul chinois.", [("sanction", "renvoyé")]),
    ("Mexico applique des droits de douane de 20 % sur l'acier coréen.", [("sanction", "droits de douane")]),
    ("Pékin a imposé une surtaxe sur le cognac européen.", [("sanction", "surtaxe")]),
    ("Washington a décidé des interdictions de visa contre des juges.", [("sanction", "interdictions de visa")]),
    ("Berlin renforce les contrôles à l'exportation de puces.", [("sanction", "contrôles à l'exportation")]),
    ("Le club a renvoyé son entraîneur.", []),
    ("Les migrants ont été expulsés vers la Turquie.", []),
    # the staff of another state's diplomatic missions expelled: `missions` is enough context
    ("Oslo a expulsé sept employés de la mission iranienne.", [("sanction", "expulsé")]),
    ("Les gendarmes ont expulsé les squatteurs du terrain.", []),
    # controls `sur les exportations`, people `interdits d'entrée`, property frozen, shipping forbidden
    (
        "Séoul a durci jeudi ses contrôles sur les exportations de puces vers Moscou.",
        [("sanction", "contrôles sur les exportations")],
    ),
    ("Quatre élus danois sont interdits d'entrée en Biélorussie.", [("sanction", "interdits d'entrée")]),
    ("Minsk a gelé les propriétés de deux sociétés lituaniennes.", [("sanction", "gelé")]),
    ("Tokyo a interdit à ses firmes d'expédier des machines-outils en Russie.", [("sanction", "interdit")]),
    ("Le maire a interdit aux camions de livrer en centre-ville le dimanche.", []),
    # forbidding sales to a buyer (sanc_interdire_vente), not a delivery rule at home
    (
        "Londres a interdit aux chantiers britanniques de livrer des navires à l'Iran.",
        [("sanction", "interdit aux chantiers britanniques de livrer des navires à")],
    ),
    ("Le Danemark a interdit aux camions étrangers de livrer le dimanche.", []),
    ("Les tarifs de l'électricité augmentent en janvier.", []),
    ("Washington impose des taxes de 25 % sur les importations chinoises.", [("sanction", "taxes")]),
    ("La taxe sur les carburants augmente en janvier.", []),
    # missed meeting triggers: transitive réunir with people, tête-à-tête
    ("Le ministre doit réunir mardi ses homologues du Golfe.", [("meeting", "réunir")]),
    ("Un tête-à-tête entre les deux chefs d'État est prévu.", [("meeting", "tête-à-tête")]),
    ("Le parti a réuni les signatures nécessaires.", []),
    ("Les deux chefs de la diplomatie se reverront à Genève.", [("meeting", "se reverront")]),
    ("Les ministres se sont retrouvés autour d'une table à Doha.", [("meeting", "se sont retrouvés")]),
    ("Le président se retrouve isolé face au Parlement.", []),
    # `se voir` in the plural is a reciprocal meeting; `se voir refuser`, `se voir contraint` are not
    ("Le chancelier et la présidente se sont vus mardi à Rome.", [("meeting", "se sont vus")]),
    ("Les deux ministres se verront jeudi à Nairobi.", [("meeting", "se verront")]),
    ("Les deux ministres se sont vu refuser l'accès à la salle.", []),
    ("Les exportateurs se sont vus contraints de réduire leurs ventes.", []),
    ("Ils se sont vus dans l'obligation de partir.", []),
    # `dans` a time phrase is no obligation
    ("Les deux ministres se sont vus dans la matinée à Oslo.", [("meeting", "se sont vus")]),
    ("Les éleveurs se sont vus dans l'impossibilité de vendre.", []),
    # the controller of an infinitive carries the context (`les ministres doivent se retrouver`)
    ("Les ministres des Finances doivent se retrouver lundi à Rome.", [("meeting", "se retrouver")]),
    ("Le chef de la diplomatie doit réunir samedi ses homologues à Madrid.", [("meeting", "réunir")]),
    ("Le gouvernement doit se retrouver isolé au Parlement.", []),
    # `retrouver`, `revoir` someone of the other side (no `se`) is a meeting; a post, trust or relatives are not
    ("Le président retrouvera son homologue en mars au Brésil.", [("meeting", "retrouvera")]),
    ("Le ministre doit revoir ses homologues européens à Bruxelles.", [("meeting", "revoir")]),
    ("Le ministre a retrouvé son poste de président du parti.", []),
    ("Les otages ont retrouvé leurs proches à Tel-Aviv.", []),
    ("Le gouvernement doit revoir sa copie sur le budget.", []),
    # an adverb before the participle of a reflexive talk verb
    ("Les deux ministres s'étaient déjà vus en mars à Séoul.", [("meeting", "s'étaient déjà vus")]),
    ("Le parti doit réunir les signatures nécessaires.", []),
    # class 9: naming uses of appeler, échange with the press, reception of news, sport and film
    ("Un village appelé Sainte-Marie a voté non.", []),
    # ... also set off by commas, which the parser reads as an adverbial participle; not one with its agent
    ("Le gouvernement a créé un organe consultatif, appelé Conseil de direction, que préside le ministre.", []),
    ("Appelé lundi par Joe Biden, Benyamin Netanyahou a promis une réponse mesurée.", [("call", "Appelé")]),
    ("La ville s'appelle désormais Dnipro.", []),
    ("Lors d'un échange avec la presse, le ministre a souri.", []),
    ("L'accord de libre-échange entre l'Union européenne et le Canada est entré en vigueur.", []),
    ("Le traité de libre échange entre la Chine et le Chili a été signé.", []),
    ("Le ministre a eu un bref échange avec son homologue.", [("call", "échange")]),
    # an exchange of views is what talks were about, not a call of its own
    ("Les deux délégations ont eu un échange de vues franc sur le commerce.", []),
    ("Ce fut un large échange d'opinions entre les deux chefs de gouvernement.", []),
    # trade told with investments or their diversification is commerce, not a call
    ("Le Kenya et le Japon entendent accroître leurs échanges et leurs investissements dans l'énergie.", []),
    ("Le président kényan a plaidé pour la diversification des échanges avec le Japon.", []),
    ("Rome a accueilli avec satisfaction l'annonce.", []),
    ("Le gardien a repoussé du pied une frappe lointaine.", []),
    ("Dans le film, le héros rencontre un général à Berlin.", []),
    # a meal with a parent or a sibling, going to see a show with one's son: private life, no talks
    ("Monsieur Paul Durand a eu un accident en sortant d'un déjeuner avec son père, Jacques Durand.", []),
    ("Marc Lenoir, qui était venu voir ce spectacle avec son fils, Hugo Lenoir, a appelé les secours.", []),
    ("Le président français a déjeuné avec son homologue allemand à Berlin.", [("meeting", "déjeuné")]),
    # false friends of translated news: a call for a strike, a summons, the emergency services, an
    # e-mail received, a trip told in the imperfect, a goal scored
    ("Le syndicat des contrôleurs maintient son appel à la grève pour jeudi.", []),
    ("Après l'appel du président turc, le ministre a démissionné.", [("call", "appel")]),
    ("La gardienne de l'équipe a été appelée pour remplacer une joueuse blessée.", []),
    ("Le maire a été appelé mardi par le ministre de l'Intérieur.", [("call", "appelé")]),
    ("Les pompiers ont été appelés vers minuit par un voisin.", []),
    ("Le voisin a appelé les pompiers vers minuit.", []),
    ("La directrice a reçu un courriel de son adjoint.", []),
    ("Le diplomate a reçu un SMS de son homologue.", []),
    ("La militante se rendait à Lyon quand sa voiture a dérapé.", []),
    ("Le ministre s'est rendu jeudi à Bruxelles.", [("meeting", "s'est rendu")]),
    # a trip to a hospital, a shop or a school is no visit to a host
    ("Le 3 mai, la bénévole et deux amis se sont rendus dans un hôpital de Lyon avec des jouets.", []),
    ("L'association s'est rendue dans une maison de retraite de Nantes pour chanter.", []),
    # nor a trip to a plant, a building site or a laboratory, or for an inspection
    ("Une équipe de l'AIEA s'est rendue mardi à la centrale de Koursk pour une inspection.", []),
    ("La ministre s'est rendue jeudi dans une usine de batteries du Nord.", []),
    (
        "Le chef de l'AIEA s'est rendu jeudi à Moscou pour y rencontrer Vladimir Poutine.",
        [("meeting", "s'est rendu"), ("meeting", "rencontrer")],
    ),
    ("Le milieu a frappé son deuxième but de la soirée.", []),
    ("Les drones ont frappé dans le but de détruire les dépôts.", [("strike", "frappé"), ("strike", "détruire")]),
    # `appeler X « Y »` names: a quoted attribute after the verb
    ("Les cloches, que le pasteur appelait avec tendresse les « voix du quartier », ont été fondues.", []),
    ("Le président a appelé son homologue russe pour exiger un « cessez-le-feu immédiat ».", [("call", "appelé")]),
    # the closing quote of the name hangs on the verb when the parser loses the object
    ("Le vieux pasteur, le Révérend Paul Martin, appelait avec fierté les « cloches des pauvres ».", []),
    ("Le maire appelait avec fierté ses nouvelles cloches les « voix de la ville ».", []),
    ("Le président Trump a appelé mardi le Premier ministre japonais Shinzo Abe.", [("call", "appelé")]),
    # accreditation withdrawn from the members of a state's mission to a body is an expulsion; a journalist's, not
    (
        "L'Alliance a retiré jeudi l'accréditation de six membres de la mission biélorusse.",
        [("sanction", "retiré jeudi l'accréditation")],
    ),
    ("Le club a retiré l'accréditation de deux journalistes de la mission sportive.", []),
    # time spent with someone is a meeting; with one's family or on holiday, not
    ("La ministre a passé trois heures avec son homologue turc.", [("meeting", "passé trois heures avec")]),
    ("Le président a passé la soirée avec sa famille.", []),
    # a relative on a noun apposed to the call says what the call was like: its `que` is no `appeler que`
    (
        "La chancelière avait appelé le président la veille, une démarche que ce dernier a jugée cordiale.",
        [("call", "appelé")],
    ),
    # tennis, golf, motor racing: players meet in a final, a driver attacks, not states
    ("La rencontre entre les deux joueuses en finale a tourné au duel.", []),
    ("Le golfeur a frappé un coup superbe sur les greens du dernier trou.", []),
    ("Le président a reçu dimanche son homologue pour une partie de golf.", [("meeting", "reçu")]),
    # a riposte made with tariffs is a sanction, not a strike (`frappant` satisfies the strike context)
    (
        "Séoul a riposté en frappant de taxes les importations japonaises.",
        [("sanction", "frappant"), ("sanction", "taxes")],
    ),
    ("L'armée a riposté en frappant les positions rebelles.", [("strike", "riposté"), ("strike", "frappant")]),
    # `avoir X au téléphone` is a call; a problem on the phone is not
    ("La chancelière a eu le président ukrainien au téléphone jeudi.", [("call", "eu")]),
    ("Le ministre a eu un souci au téléphone avec son opérateur.", []),
    # delegations or negotiators who discuss hold talks; anyone else discussing is not enough
    ("Les délégations indienne et chinoise ont discuté deux jours à Genève.", [("meeting", "discuté")]),
    ("Les députés ont discuté du budget toute la nuit.", []),
    # dining with a counterpart is a meeting, with one's family it is not
    ("Le Premier ministre a dîné mercredi avec le président sénégalais à Dakar.", [("meeting", "dîné")]),
    ("La ministre a déjeuné avec sa famille dimanche.", []),
    (
        "Les deux présidents se retrouveront pour un dîner de travail à Rome.",
        [("meeting", "se retrouveront"), ("meeting", "dîner de travail")],
    ),
    # a fine is a penalty for a firm or a person, not a measure against a state
    ("Le régulateur a sanctionné le constructeur d'une amende de dix millions d'euros.", []),
    ("La sanction, une amende record, vise le géant de l'Internet.", []),
    ("Washington a sanctionné deux ministres turcs pour la détention du pasteur.", [("sanction", "sanctionné")]),
    # crowd control (tear gas, rubber bullets) is no armed attack; live fire on a crowd is
    ("La police a tiré des gaz lacrymogènes sur les manifestants devant le Parlement.", []),
    ("Les policiers ont tiré des balles en caoutchouc sur la foule mardi.", []),
    ("Les soldats ont tiré sur les manifestants devant le Parlement.", [("strike", "tiré sur")]),
    # struck by a legal or moral status (`frappé d'inéligibilité`, `d'indignité`) is no attack
    ("Le maire de la capitale a été frappé d'inéligibilité par la justice mardi.", []),
    ("L'opposant a été frappé d'indignité nationale par le régime.", []),
    ("L'aviation a frappé mardi un dépôt de munitions près de la frontière.", [("strike", "frappé")]),
    # punishing a use, a way of governing or a failing (a vote, a market) is no measure against anyone
    ("Les députés ont voté pour sanctionner le recours au 49.3 sur le budget.", []),
    ("Le Parti républicain entend sanctionner la gestion de la crise par le gouvernement.", []),
    ("Le mouvement a sanctionné les manquements de ses cadres à Gaza.", []),
    ("La Bourse a sanctionné l'annonce par une chute de 4 %.", []),
    # a verbal attack told by its adjective is no strike; an armed one is
    ("Le député a lancé une attaque cinglante contre la ministre de la Santé.", []),
    ("La sénatrice a mené une attaque virulente contre le gouvernement devant la commission.", []),
    ("Des rebelles ont lancé une attaque contre un camp de l'armée près de Gao.", [("strike", "attaque")]),
    ("Rugby : la France au sommet du classement mondial", []),
    ("Football : l'Argentine au sommet", []),
    ("Le ministre, au sommet de sa popularité, a quitté le gouvernement.", []),
    ("Le scandale remonte au sommet de l'État.", []),
    ("Un sommet des chefs d'État africains s'est tenu à Addis-Abeba.", [("meeting", "sommet")]),
    # a participle used as an adjective is a state, not an act; with its agent it is an act
    ("Les avoirs gelés de la banque centrale restent à Bruxelles.", []),
    ("Les oligarques sanctionnés ont contesté la décision.", []),
    # a strike under the free-choice `tout`/`toute` is any strike of a kind, not one that took place
    ("Séoul a prévenu que tout drone lancé vers la frontière serait abattu.", []),
    ("L'armée a averti que toute roquette tirée depuis Gaza recevrait une réponse.", [("statement", "averti")]),
    ("Toute la frappe a duré deux heures.", [("strike", "frappe")]),
    # a participle beside a name whose agent the parser hangs as a plain `par` phrase is an act
    ("Le Nicaragua, sanctionné par Washington pour la répression, a réagi.", [("sanction", "sanctionné")]),
    ("Les avoirs gelés par l'Union européenne serviront à financer l'Ukraine.", [("sanction", "gelés")]),
    # strikes named by their aim: `prendre pour cible`, `cibler` in a military sentence, `viser` a site
    ("Des missiles ont pris pour cible une caserne près de la frontière.", [("strike", "pris pour cible")]),
    ("L'aviation a ciblé trois dépôts de munitions.", [("strike", "ciblé")]),
    ("Cette nuit, c'est le terminal pétrolier du port qui a été visé.", [("strike", "visé")]),
    ("Le député a pris pour cible la ministre de la Santé.", []),
    ("La campagne cible les électeurs indécis.", []),
    ("Les mesures visent les raffineries qui achètent du brut iranien.", []),
    ("Kiev a ciblé samedi un dépôt de carburant près de la frontière.", [("strike", "ciblé")]),
    ("Les nouvelles mesures ciblent les raffineries qui achètent du brut iranien.", []),
    # raids, assaults and salvos in a military sentence; damage done by projectiles
    ("Un raid israélien sur le camp a fait dix morts.", [("strike", "raid")]),
    ("La police a mené un raid dans un entrepôt du port.", []),
    ("L'assaut de l'armée contre la ville a duré deux jours.", [("strike", "assaut")]),
    ("Le candidat repart à l'assaut du pouvoir.", []),
    ("Une salve de missiles a visé la base aérienne.", [("strike", "salve"), ("strike", "visé")]),
    ("Une salve d'applaudissements a salué le discours.", []),
    ("Des débris de drone ont endommagé un immeuble.", [("strike", "endommagé")]),
    ("La tempête a endommagé des toits.", []),
    # a building ripped open by a munition is struck (s19-strike); by a storm or a burglar it is not
    ("Une roquette a éventré mardi une école du quartier.", [("strike", "éventré")]),
    ("Un drone éventre un entrepôt à la périphérie de la ville.", [("strike", "éventre")]),
    ("La tempête a éventré le toit du gymnase.", []),
    ("Les cambrioleurs ont éventré le coffre avec des explosifs.", []),
    # radars and warehouses aimed at are sites struck, as depots are
    ("Une deuxième vague a visé des radars sur la côte.", [("strike", "visé")]),
    ("L'aviation a visé dimanche deux entrepôts près du port.", [("strike", "visé")]),
    # the press a verb of saying addresses is outside the talk it reports; a talk with the press is none
    (
        "Le président a dit aux journalistes qu'il avait eu une longue conversation avec son homologue.",
        [("statement", "dit"), ("call", "conversation")],
    ),
    ("Le président a eu une longue conversation avec des journalistes.", []),
    # a ship aimed at or targeted is struck; one aimed at by a measure is not
    ("Les rebelles ont visé un pétrolier battant pavillon grec.", [("strike", "visé")]),
    ("Le groupe affirme avoir ciblé un porte-conteneurs.", [("statement", "affirme"), ("strike", "ciblé")]),
    ("Les nouvelles sanctions visent une centaine de navires.", [("sanction", "sanctions")]),
    # a site `touché` in a strike report is struck; one hit by sanctions, a crisis or a flood is not
    ("Un second dépôt a également été touché dans la nuit.", [("strike", "touché")]),
    ("La raffinerie a été touchée par la grève des dockers.", []),
    ("Le terminal a été touché par la crue du fleuve.", []),
    # a military riposte is a strike; a diplomatic or trade one is not
    ("La riposte militaire contre les positions ennemies a fait trois morts.", [("strike", "riposte")]),
    ("L'armée a riposté en bombardant une base.", [("strike", "riposté"), ("strike", "bombardant")]),
    ("La riposte diplomatique de Paris ne s'est pas fait attendre.", []),
    ("Pékin a riposté par des droits de douane sur le soja.", [("sanction", "droits de douane")]),
    # a measure in an infinitive complement of a noun is an act; a participle on the noun is not
    ("La décision d'Ottawa de sanctionner deux banques a surpris.", [("sanction", "sanctionner")]),
    ("Les deux banques sanctionnées ont fait appel de la décision.", []),
    # visa bans as a verb phrase
    ("Le Canada a interdit de territoire trois généraux birmans.", [("sanction", "interdit de territoire")]),
    ("Deux colons ont été interdits de séjour par Paris.", [("sanction", "interdits de séjour")]),
    # orders to leave given to diplomats, not to others
    (
        "Bamako a sommé le consul de quitter le pays.",
        [("sanction", "sommé le consul de quitter")],
    ),
    ("Le juge a sommé les témoins de quitter la salle.", []),
    # `rencontrer`: what blocks it is its own object or the noun it qualifies, not a complement of the
    # person met (`le chef de l'opposition`)
    ("La ministre a rencontré lundi le chef de l'opposition biélorusse.", [("meeting", "rencontré")]),
    ("L'envoyé doit rencontrer les représentants de l'opposition soudanaise.", [("meeting", "rencontrer")]),
    ("Le projet de loi a rencontré une forte opposition au Parlement.", []),
    ("Les difficultés rencontrées par les négociateurs ont retardé l'accord.", []),
    ("La réforme n'a rencontré aucun écho auprès des électeurs.", []),
    # meeting one's spouse or partner is private life, even when the object is an apposition
    ("Le sénateur a rencontré sa future épouse pendant ses études de droit.", []),
    ("Elle a rencontré, grâce à un ami commun, son mari, alors jeune diplomate.", []),
    ("La ministre a rencontré, à sa demande, l'ambassadeur du Japon.", [("meeting", "rencontré")]),
    # business: a firm meeting its shareholders or presenting its results by phone is not diplomacy
    ("Le constructeur a tenu jeudi une rencontre avec ses actionnaires à Turin.", []),
    ("Le groupe a présenté ses résultats trimestriels lors d'un appel avec les analystes.", []),
    ("Le ministre a rencontré les dirigeants du groupe à Turin.", [("meeting", "rencontré")]),
    # an `entretien` held by video or phone is the call, not also a meeting
    (
        "La ministre a eu un entretien en visioconférence avec son homologue kényan.",
        [("call", "visioconférence")],
    ),
    ("Le négociateur a eu un entretien avec les chefs rebelles à Doha.", [("meeting", "entretien")]),
    # `consultations entre` two parties are talks; a medical or public consultation is not
    (
        "Les consultations entre le gouvernement et les rebelles reprendront à Genève.",
        [("meeting", "consultations")],
    ),
    (
        "Il a dit que les consultations prévues à Oslo entre le gouvernement et la guérilla commenceraient bientôt.",
        [("statement", "dit"), ("meeting", "consultations")],
    ),
    # peace consultations, or ones of delegations or belligerents, are talks without `entre` too
    ("Des consultations de paix sur le Yémen s'ouvriront jeudi près de Stockholm.", [("meeting", "consultations")]),
    ("Les consultations des délégations ont repris mardi à Genève.", [("meeting", "consultations")]),
    ("Les consultations médicales entre deux patients durent vingt minutes.", []),
    ("Les consultations des patients ont repris mardi à l'hôpital.", []),
    ("La consultation publique sur le projet s'achève lundi.", []),
    # a participle the tagger calls ADJ with itself as lemma (`a gelé`) is still the verb of the lexicon;
    # as an adjective on its noun (`les avoirs gelés`) the row's forbidden relation still holds
    ("Le Canada a gelé les actifs de trois banques russes.", [("sanction", "gelé")]),
    ("Le Trésor a gelé les avoirs de la banque centrale iranienne.", [("sanction", "gelé")]),
    ("Les autorités ont bloqué les avoirs de deux oligarques.", [("sanction", "bloqué")]),
    ("La police a bloqué l'accès au pont.", []),
    # `appeler X à « faire »`: the `à` of the object's infinitive, a quote between, is a call for action
    (
        "Le président a appelé ses homologues ougandais et tanzanien à « renforcer la coopération ».",
        [("statement", "appelé")],
    ),
    ("La ministre a appelé son homologue grec pour évoquer la crise.", [("call", "appelé")]),
    # a claimed attack is an armed one; a reprisal operation is a strike, a commercial one is not
    ("L'attaque du convoi a été revendiquée par un groupe armé.", [("strike", "attaque")]),
    ("Des assaillants ont attaqué une caserne de gendarmerie.", [("strike", "attaqué")]),
    ("Téhéran a lancé une opération de représailles contre une base américaine.", [("strike", "opération")]),
    ("Bruxelles prépare une opération de représailles commerciales.", [("sanction", "représailles commerciales")]),
    ("L'opération de sauvetage a duré trois jours.", []),
    ("Les rebelles ont attaqué un méthanier au large de la côte.", [("strike", "attaqué")]),
    ("L'armateur attaque le marché des porte-conteneurs avec un cargo neuf.", []),
    # the `à` of a time locution is not the `à` of `appeler à` (to call for)
    ("Le Premier ministre a appelé son homologue grec au cours de la soirée.", [("call", "appelé")]),
    ("La ministre a appelé au lendemain du scrutin son homologue belge.", [("call", "appelé")]),
    # exchanges of fire, firing on someone, opening fire (r4-strike): with a military context, and
    # not the figurative `tirer à boulets rouges sur`, `tirer les leçons`, `tirer sur la corde`
    ("Les deux armées ont échangé des tirs près de la frontière.", [("strike", "tirs")]),
    ("Un échange de tirs a éclaté au poste frontière.", [("strike", "tirs")]),
    ("Les soldats ont tiré sur la foule rassemblée devant la caserne.", [("strike", "tiré sur")]),
    (
        "Les gardes-frontières ont tiré à plusieurs reprises contre une patrouille.",
        [("strike", "tiré à plusieurs reprises contre")],
    ),
    ("Des militaires ont ouvert le feu sur un convoi humanitaire.", [("strike", "ouvert le feu")]),
    ("L'opposition tire à boulets rouges sur le budget de l'armée.", []),
    ("L'armée a tiré les leçons de ses échecs sur le front.", []),
    ("Le marin a tiré sur la corde du bateau.", []),
    # fire told by the noun against a military or civilian target; not a volley of criticism
    ("La garnison a signalé des tirs ennemis contre ses positions avancées.", [("strike", "tirs ennemis contre")]),
    ("Des tirs nourris sur un convoi ont été signalés près du col.", [("strike", "tirs nourris sur")]),
    ("Les tirs croisés de l'opposition contre le gouvernement se multiplient.", []),
    # fire a state's demonym names the author of (`@state_adjective`); not the shots of a match
    ("Le village a de nouveau essuyé dans la nuit des tirs azerbaïdjanais.", [("strike", "tirs")]),
    ("Des tirs russes ont été signalés dans la nuit près de Koupiansk.", [("strike", "tirs")]),
    ("Les tirs français ont manqué de précision face au gardien portugais.", []),
    ("Les tirs cadrés se sont multipliés en fin de match.", []),
    # a riposte by arms (`répliquer`, `répondre` par des roquettes); not by words nor on a pitch
    ("La milice a répliqué par une pluie de roquettes.", [("strike", "répliqué par une pluie de roquettes")]),
    ("Le groupe armé a répondu par des drones.", [("strike", "répondu par des drones")]),
    ("Le ministre a répondu par un long communiqué aux critiques.", [("statement", "répondu")]),
    ("L'attaquant a répliqué par deux frappes en lucarne.", []),
    ("Le festival a ouvert les feux samedi.", []),
    # `viser des sites` is a strike (`l'opération visait neuf sites`), not web or heritage sites
    ("L'opération visait neuf sites dans le nord du pays.", [("strike", "visait")]),
    ("La campagne publicitaire vise plusieurs sites internet.", []),
    # an operation against targets is a strike (not a police, trade or rescue operation); a ship
    # reached by a projectile is struck (not a missile able to reach a territory, nor an altitude)
    ("L'armée a lancé une opération contre les positions jihadistes.", [("strike", "opération")]),
    ("La police a mené une opération contre le trafic de drogue.", []),
    ("Le vraquier a été atteint par un missile au large d'Aden.", [("strike", "atteint")]),
    ("Ce missile est capable d'atteindre le territoire américain.", []),
    ("Le missile a atteint une altitude de 6000 km.", []),
    ("Les deux pays ont atteint un accord.", []),
    # measures that `visent` people are no strikes (strike_viser forbids the measure nouns)
    (
        "Le Japon a annoncé de nouvelles interdictions d'entrée visant des responsables nord-coréens liés au "
        "programme de missiles.",
        [("statement", "annoncé"), ("sanction", "interdictions d'entrée")],
    ),
    ("L'évêque a appelé au calme au cours de la cérémonie.", [("statement", "appelé")]),
    ("Le syndicat a appelé à la grève à l'issue de l'assemblée.", [("statement", "appelé")]),
    # the `à` of an infinitive inside a relative clause is the relative's, not `appel à` (to call for)
    (
        "Le chef du gouvernement espagnol a reçu jeudi un appel du président colombien, qui l'a invité à "
        "soutenir la médiation.",
        [("call", "appel"), ("statement", "invité")],
    ),
    (
        "La ministre a reçu vendredi un appel de son homologue canadien, qui l'a exhortée à lever les barrières.",
        [("call", "appel"), ("statement", "exhortée")],
    ),
    # a forbidden word in the purpose clause, or inside a name, does not void the visit
    ("Emmanuel Macron a reçu vendredi Volodymyr Zelensky pour évoquer l'aide militaire.", [("meeting", "reçu")]),
    ("La ministre a reçu lundi à Ottawa son homologue irlandais, Don Keane.", [("meeting", "reçu")]),
    # controls: what is received is aid or a gift
    ("Kiev a reçu une aide militaire pour tenir le front.", []),
    ("Le musée a reçu un don de la fondation.", []),
    # a duty whose rate or goods the parser hangs on the verb (`sib` scope); rights sold or held are no duty
    ("Lundi, Manille a imposé des droits de 15 % sur les bananes vietnamiennes.", [("sanction", "droits")]),
    (
        "Samedi, Lima a répliqué en imposant à son tour des droits de 10 % sur le cuivre chilien.",
        [("sanction", "droits")],
    ),
    ("Jeudi, Séoul a appliqué des droits de 30 % aux voitures japonaises.", [("sanction", "droits")]),
    ("Les héritiers ont cédé mardi les droits d'exploitation pour 20 % du prix.", []),
    ("Le club a vendu les droits du joueur à 40 % de sa valeur.", []),
    # trade-defence duties; goods named by their origin
    ("Bruxelles a adopté des droits compensateurs sur les pneus thaïlandais.", [("sanction", "droits compensateurs")]),
    ("Le Mexique a taxé à 20 % les motos fabriquées en Inde.", [("sanction", "taxé")]),
    # taxes raised to a rate; tariff measures named as such
    ("En réponse, le Japon a relevé à 30 % ses taxes sur le whisky écossais.", [("sanction", "taxes")]),
    ("La taxe sur les ordures ménagères a augmenté de 3 %.", []),
    (
        "Le Pérou a répliqué lundi par des mesures tarifaires contre les produits chiliens.",
        [("sanction", "mesures tarifaires")],
    ),
    # a riposte made with duties is no strike; one made with artillery is
    (
        "Le 2 mai, Quito a riposté en frappant de surtaxes de 30 % les fleurs colombiennes.",
        [("sanction", "frappant"), ("sanction", "surtaxes")],
    ),
    (
        "L'armée a riposté en frappant les positions ennemies à l'artillerie.",
        [("strike", "riposté"), ("strike", "frappant")],
    ),
    # a numbered or announced session is a round of talks; a parliamentary or exam session is not
    ("Une deuxième session doit se tenir samedi à Oman.", [("meeting", "session")]),
    # a bare `cycle` counted as a further round (`meet_cycle_round`); `cycle de X` is X's (the talks'
    # own noun triggers), and an economic, electoral or violent cycle is none
    ("Un troisième cycle doit se tenir mardi à Vienne.", [("meeting", "cycle")]),
    ("Le prochain cycle électoral s'ouvrira en 2027.", []),
    ("Un nouveau cycle de violences a ensanglanté la région.", []),
    ("Un nouveau cycle de négociations s'est ouvert à Vienne.", [("meeting", "négociations")]),
    ("La prochaine session aura lieu à Vienne.", [("meeting", "session")]),
    ("La deuxième session parlementaire s'ouvre lundi.", []),
    ("La session de rattrapage aura lieu en juin.", []),
    # a counted session, a numbered or negotiating round, a new sitting of talks are rounds of talks;
    # a funding round, a boxing round, a sitting of parliament or of signing are not
    ("Les émissaires ont déjà tenu trois sessions à Genève.", [("meeting", "sessions")]),
    ("Un troisième round aura lieu à Vienne.", [("meeting", "round")]),
    ("Le round de négociations a échoué.", [("meeting", "round"), ("meeting", "négociations")]),
    ("La start-up a bouclé un deuxième round de financement.", []),
    ("Le boxeur a cédé au troisième round du combat.", []),
    ("Une nouvelle séance de dialogue a eu lieu à Bakou.", [("meeting", "séance")]),
    ("La séance plénière du Sénat a été suspendue.", []),
    ("La séance de dédicaces a attiré des centaines de lecteurs.", []),
    ("La deuxième séance du procès a été consacrée aux témoins.", []),
    # `appeler` with an object asked for calm is an appeal, not a phone call
    ("Le Qatar a appelé les deux camps à la retenue.", []),
    ("Le Qatar a appelé les deux camps mardi soir.", [("call", "appelé")]),
    # fire that kills or wounds is a strike whatever the weapon (r6-strike); warning shots, test shots
    # or a hunt are not
    ("Deux gardes-frontières ont été tués par des tirs de l'armée voisine.", [("strike", "tirs")]),
    ("Un pêcheur a été blessé par des tirs venus de la rive opposée.", [("strike", "tirs")]),
    ("Un passant a été blessé par des tirs de sommation.", []),
    ("Un randonneur a été blessé par des tirs de chasseurs.", []),
    # bombs or explosives dropped from the air are a strike; a ship casting off is not
    ("Les avions ont largué des bombes sur un dépôt de carburant.", [("strike", "largué")]),
    ("Un hélicoptère a largué des barils d'explosifs sur le quartier.", [("strike", "largué")]),
    ("Le cargo a largué les amarres à l'aube.", []),
    # the target of a weapon is struck (`a été la cible d'un missile`); the target of criticism is not
    ("Le dépôt a été la cible d'un missile de croisière.", [("strike", "cible")]),
    ("Le village a été la cible de drones dans la nuit.", [("strike", "cible")]),
    ("Le ministre a été la cible de vives critiques.", []),
    # present tenses the lemmatizer misses (`bombarde` lemmatised as itself, `pilonne` tagged as a noun)
    ("Moscou bombarde Odessa.", [("strike", "bombarde")]),
    ("L'artillerie pilonne Kharkiv depuis l'aube.", [("strike", "pilonne")]),
    # a goal struck in a game period is sport (off_domain.csv)
    ("L'ailier a frappé son deuxième but peu avant la fin de la première période.", []),
    ("L'ailier a frappé la caserne peu avant la fin de la nuit.", [("strike", "frappé")]),
    # the field or the bench of a game (off_domain.csv): a shot struck on the pitch, not a strike
    ("Sur la pelouse, l'Espagne a dominé le Maroc, Morata frappant à deux reprises.", []),
    ("Dès le coup de sifflet, le capitaine a frappé la barre.", []),
    # r9-sanction: the first plural and the `gèl-` stem of `geler`
    ("Ottawa gèle les avoirs de trois banques.", [("sanction", "gèle")]),
    ("Nous gelons les avoirs de ces oligarques.", [("sanction", "gelons")]),
    # r9-sanction: a ban named by its import or export object, an adjective between them
    ("Tokyo a décrété l'interdiction progressive des importations de charbon.", [("sanction", "interdiction")]),
    ("L'interdiction de fumer est entrée en vigueur.", []),
    # s19-sanction: a ban on trade with a state, told by `commerce` or `commercial`; not a rule on shops or practices
    ("L'interdiction des échanges commerciaux avec Pyongyang a été prolongée.", [("sanction", "interdiction")]),
    ("L'interdiction du commerce avec Cuba reste en vigueur.", [("sanction", "interdiction")]),
    ("L'interdiction des pratiques commerciales trompeuses est entrée en vigueur.", []),
    ("L'interdiction des échanges de données reste en vigueur.", []),
    ("L'interdiction des échanges de prisonniers a été levée.", []),
    # s19-sanction: import or export quotas on a state's goods are a trade measure; fishing quotas are not
    ("Tokyo a imposé des quotas sur les importations d'acier coréen.", [("sanction", "quotas")]),
    ("Pékin a instauré un quota d'importation sur le bœuf australien.", [("sanction", "quota")]),
    ("L'UE a fixé les quotas de pêche.", []),
    # s19-sanction: duties a riposte verb governs (`a riposté par des droits`) are a measure, whatever goods
    ("Pékin a riposté par des droits sur le soja.", [("sanction", "droits")]),
    ("Le ministre a répondu aux droits de réponse des journaux.", [("statement", "répondu")]),
    # r9-sanction: what the Treasury `frappe` is sanctioned, not bombed
    ("Le Trésor frappe les armateurs du pays.", [("sanction", "frappe")]),
    # what the Treasury aims at (`vise`, `cible`) is sanctioned too, even a port or ships (sanc_viser_treasury)
    ("Le Trésor américain vise désormais les pétroliers d'une flotte clandestine.", [("sanction", "vise")]),
    ("L'OFAC a ciblé jeudi deux terminaux pétroliers.", [("sanction", "ciblé")]),
    ("Des drones ont visé jeudi deux terminaux pétroliers.", [("strike", "visé")]),
    # r9-sanction: `mesures contre` someone, not a plague, a wish or a generic `prendre des mesures`
    ("Ottawa a annoncé une série de mesures contre Pékin.", [("statement", "annoncé"), ("sanction", "mesures")]),
    ("Paris a présenté des mesures contre la fraude fiscale.", []),
    ("Kiev a réclamé des mesures contre Moscou.", []),
    ("Les Européens pourraient prendre des mesures contre Minsk.", []),
    # r9-sanction: lists of entities and of sanctions; organisations `visées` by measures
    # (s20: the verb that puts someone on the list is the trigger, `sanc_list_add`: its subject and object
    # are the sides, and `ajouté` is no statement)
    ("Washington a inscrit la société sur sa liste d'entités.", [("sanction", "inscrit la société sur sa liste")]),
    (
        "Le gouvernement a ajouté deux navires à sa liste de sanctions.",
        # a bare `de sanctions` says what the list is, no kind of measure: the verb tells the one measure
        # (triggers._names_measure_of)
        [("sanction", "ajouté deux navires à sa liste")],
    ),
    (
        "Le Conseil a inscrit jeudi neuf militaires sur sa liste de sanctions.",
        [("sanction", "inscrit jeudi neuf militaires sur sa liste")],
    ),
    # a noun of a kind of measure after `de` is the measure told (`contrôle des exportations`)
    (
        "Tokyo a ajouté six firmes à sa liste de contrôle des exportations.",
        [("statement", "ajouté"), ("sanction", "liste de contrôle des exportations")],
    ),
    ("Quatre organisations sont visées par ces mesures.", [("sanction", "sont visées")]),
    # s36-merge: `sa propre liste`, a list of one's own (a counter-measure)
    (
        "Ottawa a retiré l'Argentine de sa propre liste blanche.",
        [("sanction", "retiré l'Argentine de sa propre liste")],
    ),
    (
        "Lima a ajouté trois banques à sa propre liste noire.",
        [("sanction", "ajouté trois banques à sa propre liste")],
    ),
    # r9-sanction: restrictions aimed at someone (`visant`, `ciblant` an object), not a purpose or health rules
    (
        "Pékin a réagi aux nouvelles restrictions américaines visant les capacités chinoises en matière de puces.",
        [("sanction", "restrictions américaines visant les")],
    ),
    (
        "Londres a annoncé des restrictions ciblant trois banques russes.",
        [("statement", "annoncé"), ("sanction", "restrictions ciblant trois")],
    ),
    ("Les restrictions visant à limiter la circulation ont été levées.", []),
    ("Les restrictions sanitaires visant les voyageurs ont pris fin.", []),
    # r10-sanction: restrictions that `frappent` a country are a measure, not a blow (`les sanctions qui
    # frappaient X` are read on the sanction noun: markers.csv `measure_reach`)
    ("Les restrictions qui frappent l'Iran depuis 2018 restent en place.", [("sanction", "frappent")]),
    ("Les sanctions qui frappent l'Iran restent en place.", [("sanction", "sanctions")]),
    ("Un séisme a frappé la région de Herat.", []),
    # r10-sanction: the list named between quotation marks
    (
        "Pékin a inscrit la société sur sa liste des « entités non fiables ».",
        [("sanction", "liste des « entités non fiables »")],
    ),
    # the words of the event a talk is dated against (`après l'accord`) are not what was received
    ("La ministre a reçu mardi son homologue, deux mois après l'accord de paix.", [("meeting", "reçu")]),
    ("La ministre a reçu mardi l'accord du Parlement.", []),
    # s21-strike: a hyphenated noun names the weapon its last part names (`bateau-drone`); a part of three
    # letters or fewer is no word (`cessez-le-feu` is no `feu` fired)
    ("Un cargo a été touché mardi par un bateau-drone.", [("strike", "touché")]),
    # s33-maritime: a ship told as hit (`a été touché`) is struck though no weapon is named; a ship that
    # touches the bottom, or hit by the swell or a crisis, is not
    ("Un vraquier grec avait été touché à l'aube près du port.", [("strike", "touché")]),
    ("Le pétrolier a touché le fond près de la côte.", []),
    ("La frégate a été touchée par une forte houle.", []),
    # s33-maritime: a ship taken as a target is struck, though no weapon is named; ships a sanctions
    # package or a blacklist aims at are not
    ("Un cargo libérien a été pris pour cible dans le golfe d'Aden.", [("strike", "pris pour cible")]),
    ("L'Union européenne a pris pour cible 40 pétroliers de la flotte fantôme.", []),
    ("Un pétrolier a été frappé par des navires-drones.", [("strike", "frappé")]),
    ("Les négociateurs ont tiré profit du cessez-le-feu.", []),
    # s21-strike: a ship sunk by a weapon or an attack is struck; ink, tears, a firm or a reform sunk are not
    ("Des drones navals ont coulé un patrouilleur dans la nuit.", [("strike", "coulé un patrouilleur")]),
    ("La frégate a été coulée par deux torpilles.", [("strike", "coulée")]),
    ("Cette affaire de missiles a fait couler beaucoup d'encre.", []),
    ("La guerre des drones a coulé l'entreprise.", []),
    ("Le navire a coulé après une avarie.", []),
    # s22: a package counted by its ordinal after a sentence on sanctions is a package of sanctions
    (
        "L'UE a adopté lundi de nouvelles sanctions. Le onzième paquet, adopté en juin, visait les banques.",
        [("sanction", "sanctions"), ("sanction", "onzième paquet")],
    ),
    (
        "L'UE a adopté lundi de nouvelles sanctions. Le 11e paquet visait les banques.",
        [("sanction", "sanctions"), ("sanction", "11e paquet")],
    ),
    # told with its sanctions, the noun of sanctions is the trigger; an aid package or no sanction before is none
    ("L'UE a adopté lundi son onzième paquet de sanctions.", [("sanction", "sanctions")]),
    ("L'UE a levé des sanctions. Le onzième paquet d'aides aux éleveurs est prêt.", [("sanction", "sanctions")]),
    ("Le gouvernement a présenté un troisième paquet de réformes.", []),
    # s23-lead: ... also when the sanctions were told further back in the article (scope `before`)
    (
        "L'UE a adopté lundi de nouvelles sanctions. Moscou a protesté. Le Kremlin promet une riposte. Le "
        "onzième paquet avait été adopté en juin.",
        [("sanction", "sanctions"), ("sanction", "onzième paquet")],
    ),
    # s22-strike: a device that explodes (`une voiture piégée a explosé`, `s'est fait exploser`) is a bombing;
    # sales, prices or demand that explode are not
    ("Une voiture piégée a explosé devant le commissariat.", [("strike", "explosé")]),
    # (s34-strike: the causative is read whole, `strike_faire_exploser`)
    ("Un kamikaze s'est fait exploser dans la foule.", [("strike", "fait exploser")]),
    ("Un engin explosif a explosé au passage du convoi.", [("strike", "explosé")]),
    ("Les ventes de smartphones ont explosé au Brésil.", []),
    ("La demande de bombes aérosols a explosé.", []),
    # `ces tirs` right after a sentence of rockets, shells or missiles is that fire told again (its claim or
    # attribution names the attacker); shots at goal are not
    # (s34-strike: shells falling on the village are the strike itself, `strike_tomber_projectile`)
    (
        "Des obus sont tombés sur le village. Le gouvernement a imputé ces tirs aux rebelles.",
        [("strike", "tombés"), ("strike", "ces tirs")],
    ),
    ("Le gardien a repoussé ces tirs sans difficulté.", []),
    # strikes an exercise simulates are no strikes
    ("La marine a conduit des manœuvres simulant des frappes contre des navires.", []),
    ("Les troupes ont répété la simulation d'une attaque de drones contre une base.", []),
    # a ship touched by a mine or a torpedo is struck; a measure touching coal mines is not
    ("Le cargo a été touché par une mine au large du port.", [("strike", "touché")]),
    ("La nouvelle taxe touche les mines de charbon du pays.", []),
    # an ambush is an armed attack (`pris en embuscade`, `ont tendu une embuscade`), a media one is not
    ("La patrouille a été prise en embuscade près du village.", [("strike", "prise en embuscade")]),
    ("Des insurgés ont tendu une embuscade à un convoi militaire.", [("strike", "embuscade")]),
    ("Le ministre est tombé dans une embuscade médiatique.", []),
    # an attack told by a news agency (`l'agence de presse officielle`) is still an attack; attacks on the press
    # are words
    (
        "Des missiles ont visé une base, selon l'agence de presse officielle, qui a imputé l'attaque à l'ennemi.",
        [("strike", "visé"), ("statement", "selon"), ("strike", "attaque")],
    ),
    ("Le président a redoublé ses attaques contre la presse.", []),
    # a market attacked by fighters is struck; markets a fund or a firm attacks are not
    ("Des kamikazes ont attaqué un marché bondé, tuant vingt personnes.", [("strike", "attaqué")]),
    ("Les fonds spéculatifs ont attaqué les marchés obligataires.", []),
    # a summit held online is a video call (guidelines: visioconférence), not a meeting
    ("Les dirigeants du G7 ont tenu jeudi un sommet virtuel consacré à l'Ukraine.", [("call", "sommet virtuel")]),
    ("Les ministres ont tenu une réunion virtuelle avec leurs homologues africains.", [("call", "réunion virtuelle")]),
    # missiles or shells fired in an exercise hit no target
    ("L'armée chinoise a tiré des missiles dans les eaux autour de Taïwan lors d'exercices jeudi.", []),
    ("La marine a procédé à des tirs de missiles d'entraînement en mer Baltique.", []),
    ("L'armée russe a tiré des missiles sur la ville de Kharkiv jeudi.", [("strike", "tiré")]),
    # hackers who attack a bank or a network wage a cyberattack, no armed attack
    ("Des hackers nord-coréens ont attaqué la banque centrale du Bangladesh, faisant une victime.", []),
    ("Une attaque informatique contre les hôpitaux de Londres a fait une victime.", []),
    ("Des combattants ont attaqué une base de l'armée malienne, tuant dix soldats.", [("strike", "attaqué")]),
    # s23-offdomain: tourists' or pilgrims' visits are tourism, not a visit that includes talks
    ("La visite des touristes japonais a reculé cette année.", []),
    ("Le château a reçu la visite de deux mille pèlerins.", []),
    ("Le roi a reçu mardi la visite de son homologue jordanien.", [("meeting", "reçu"), ("meeting", "visite")]),
    # a prize or an honour received (`la Palme d'or`, `un Oscar`, `une distinction`) is no guest received
    ("Le cinéaste coréen a reçu samedi la Palme d'or à Cannes.", []),
    ("L'actrice a reçu dimanche un Oscar à Los Angeles.", []),
    ("Le président a reçu samedi le Premier ministre indien à l'Élysée.", [("meeting", "reçu")]),
    # years struck by the fear of attacks, the threat of an attack: a mood, no attack
    ("Le pays sort de deux années frappées par la crainte des attentats.", []),
    ("La menace d'attentat reste élevée dans la capitale.", []),
    ("L'attentat de mardi a fait douze morts à Kaboul.", [("strike", "attentat")]),
    # a card a referee shows (`carton jaune`, `par l'arbitre`) or a ban counted in matches is discipline
    ("Le milieu de terrain a été sanctionné d'un carton jaune.", []),
    ("Le gardien a été sanctionné par l'arbitre pour avoir retardé le jeu.", []),
    ("Washington a sanctionné mardi trois banques iraniennes.", [("sanction", "sanctionné")]),
    # an offensive against a reform or a bill, or for vaccination, is a campaign, not an armed attack
    ("Les sénateurs ont lancé une offensive contre la réforme des retraites.", []),
    ("Les autorités ont lancé une offensive de vaccination dans la province.", []),
    ("L'armée a lancé une offensive contre les positions rebelles.", [("strike", "offensive")]),
    # a rate rise or a sell-off that strikes markets or households is finance (off_domain.csv)
    ("La banque centrale a relevé ses taux, frappant durement les marchés émergents.", []),
    ("La hausse des taux d'intérêt a frappé les ménages modestes.", []),
    ("Un missile a frappé mardi le marché central de la ville.", [("strike", "frappé")]),
    # an attack on a plan, a reform or a text (`verbal_target` in markers.csv) is words; on a site it is arms
    ("Le député a lancé une attaque frontale contre le plan du gouvernement.", []),
    ("L'opposition a attaqué la réforme des retraites au Parlement.", []),
    ("Les insurgés ont lancé une offensive contre le projet gazier.", [("strike", "offensive")]),
    ("L'armée a lancé une attaque contre les positions rebelles.", [("strike", "attaque")]),
    # a prize received (`la Palme d'or`, `le prix Goncourt`, off_domain.csv) even when the parser makes it a name
    ("Le réalisateur a reçu samedi soir la Palme d'or pour son dernier long métrage.", []),
    ("La romancière a reçu lundi le prix Goncourt chez Drouant.", []),
    # a ban on selling a drug, cigarettes or plastics is health or consumer law; arms or fruit of a state is a sanction
    ("Le Brésil a interdit la vente d'un médicament fabriqué en Inde.", []),
    ("Le Canada a interdit la vente de cigarettes aromatisées importées.", []),
    ("Berlin a interdit la vente d'armes à l'Arabie saoudite.", [("sanction", "interdit")]),
    # the diplomats expelled may be named through their network, a few words off the verb
    ("Rome a décidé d'expulser six agents du réseau consulaire libyen.", [("sanction", "expulser")]),
    ("Le club a expulsé trois supporters qui avaient insulté le consul.", []),
    # s30-sanc5: the expulsion noun reads its phrase three levels down (scope `np`), not a clause on it
    (
        "Rome a annoncé l'expulsion de six agents du réseau consulaire libyen.",
        [("statement", "annoncé"), ("sanction", "expulsion")],
    ),
    ("Le préfet a ordonné l'expulsion des squatteurs installés près du consulat.", []),
    # a tax penalty on a person is no sanction by a state; a sanction for corruption is one
    ("Pékin a infligé une sanction record à une actrice pour fraude fiscale.", []),
    ("Le Trésor américain a sanctionné mardi trois oligarques pour corruption.", [("sanction", "sanctionné")]),
    # a `face-à-face` between leaders is a meeting; a televised debate or a standoff of troops is not
    ("Le face-à-face entre les deux présidents a duré une heure à Oslo.", [("meeting", "face-à-face")]),
    ("Le face-à-face télévisé entre les deux candidats a eu lieu mercredi.", []),
    ("Le face-à-face entre les troupes des deux pays se prolonge dans la vallée.", []),
    # a `rendez-vous` bilateral, trilateral or between parties is a meeting; a doctor's or an election's is not
    ("Le rendez-vous bilatéral entre les deux ministres s'est tenu à Rome.", [("meeting", "rendez-vous")]),
    ("Le scrutin de dimanche est un rendez-vous électoral majeur.", []),
    # leaders who co-chair talks together meet; one who co-chairs a commission of inquiry does not
    ("Les deux ministres ont coprésidé lundi la conférence des donateurs.", [("meeting", "coprésidé")]),
    ("La députée a coprésidé la commission d'enquête sur les ingérences.", []),
    # an act done `ensemble`, `conjointement` by leaders (inaugurate, sign, attend) is a meeting
    ("Les deux présidents ont inauguré ensemble le nouveau pont sur le fleuve.", [("meeting", "inauguré")]),
    ("Le maire a inauguré samedi la nouvelle école du quartier.", []),
    # `se rendre aux forces` of the other side is a surrender, not a visit
    ("Le commandant du bataillon s'est rendu mardi aux forces russes.", []),
    ("Le chef rebelle s'est rendu aux forces gouvernementales après dix ans de maquis.", []),
    # aiming at a side's `positions` (military, rebel, of a named group) is a strike; positions of power,
    # shared positions in talks are not
    ("Mardi, l'armée a visé des positions rebelles près de la frontière.", [("strike", "visé des positions rebelles")]),
    ("Le candidat vise des positions de pouvoir au sein du parti.", []),
    ("Les négociateurs visent des positions communes sur le climat.", []),
    # a `poignée de main` between leaders or exchanged with one is a meeting; one handed out to voters is not
    ("Le ministre a échangé mardi une poignée de main avec son homologue.", [("meeting", "poignée de main")]),
    ("Le candidat a distribué des poignées de main aux électeurs sur le marché.", []),
    # `réserver un accueil` to a leader is to receive him; the welcome given to refugees or to a plan is not
    ("Le président a réservé mercredi un accueil chaleureux à son homologue.", [("meeting", "accueil")]),
    ("Le pays a réservé un accueil digne aux réfugiés de la guerre.", []),
    # a state suspended from a body's organs or activities is sanctioned by that body; a firm or a mine
    # suspending its own activities is not
    (
        "La Cédéao a suspendu mardi la Guinée de toutes ses instances.",
        [("sanction", "suspendu mardi la Guinée de toutes ses instances")],
    ),
    (
        "L'Union africaine a décidé la suspension du Soudan de ses organes.",
        [("sanction", "suspension du Soudan de ses organes")],
    ),
    ("Le groupe minier a suspendu l'ensemble de ses activités dans le pays.", []),
    ("L'usine a annoncé la suspension de ses activités de production.", [("statement", "annoncé")]),
    # lifting a state's suspension from a body ends a sanction; lifting a court's or a player's does not
    ("L'Union africaine a levé lundi la suspension du Mali.", [("sanction", "levé lundi la suspension")]),
    ("Le Conseil a décidé la levée de la suspension du Soudan.", [("sanction", "levée de la suspension")]),
    ("Le président du tribunal a levé la suspension de séance.", []),
    ("La fédération a levé la suspension du joueur.", []),
    # a boat aimed at is struck; a `raid` by a state's forces on rebels or ships is one
    (
        "Le 3 mars, une première embarcation avait été visée, faisant six morts selon Washington.",
        [("strike", "visée"), ("statement", "selon")],
    ),
    ("Une campagne publicitaire vise les bateaux de plaisance.", []),
    (
        "Les rebelles ont attaqué un cargo, peu après une série de raids américains sur leurs bases.",
        [("strike", "attaqué"), ("strike", "raids")],
    ),
    # going `auprès de` someone is a visit to that person
    ("La ministre s'est rendue jeudi auprès du président kényan.", [("meeting", "s'est rendue")]),
]


@pytest.fixture(scope="module")
def matcher(fr_model):
    return TriggerMatcher(fr_model.vocab, load_triggers())


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_event_triggers_found_in_sentence(fr_model, matcher, text, expected):
    found = [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text))]
    assert found == expected


# Gathering one's own government, staff or forces (`own_circle` in markers.csv) is a meeting at home with
# no other party; gathering one's counterparts is a meeting.
OWN_CIRCLE = [
    ("La Première ministre a réuni son gouvernement à Matignon.", []),
    ("Le président a réuni ses généraux au palais.", []),
    ("Le chancelier a réuni ses homologues des pays nordiques à Berlin.", [("meeting", "réuni")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", OWN_CIRCLE, ids=[c[0][:40] for c in OWN_CIRCLE])
def test_gathering_ones_own_circle_is_no_meeting(fr_model, matcher, text, expected):
    found = [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text)) if t.event_type == "meeting"]
    assert found == expected


# `détruire` is a strike when the sentence says war: an air force, air defences, radars, troops
# (strike_detruire's requires_any); a storm or a fire destroys, it does not strike.
DESTROYED = [
    ("L'aviation ukrainienne a détruit un pont stratégique près de la frontière.", [("strike", "détruit")]),
    ("L'armée a affirmé avoir détruit trois radars de l'adversaire.", [("strike", "détruit")]),
    ("Les troupes ont détruit un poste de commandement ennemi.", [("strike", "détruit")]),
    # warplanes: fighters, bombers, combat aircraft
    ("Des chasseurs turcs ont détruit un pont sur le fleuve.", [("strike", "détruit")]),
    ("Des bombardiers ont détruit une piste d'atterrissage dans le désert.", [("strike", "détruit")]),
    ("La tempête a détruit le hangar d'une compagnie aérienne.", []),
    ("Le scandale a détruit la carrière du ministre.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", DESTROYED, ids=[c[0][:40] for c in DESTROYED])
def test_destroying_is_a_strike_when_the_sentence_says_war(fr_model, matcher, text, expected):
    found = [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text)) if t.event_type == "strike"]
    assert found == expected


# `se retrouver face à` a problem is no meeting; two sides `face à face` meet (`forbid_lifting` in markers.csv).
FACE_TO_FACE = [
    ("Les deux présidents se sont retrouvés face à face à Genève.", [("meeting", "se sont retrouvés")]),
    ("Le ministre s'est retrouvé face à une fronde de sa majorité.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", FACE_TO_FACE, ids=[c[0][:40] for c in FACE_TO_FACE])
def test_face_to_face_lifts_the_bar_on_face(fr_model, matcher, text, expected):
    found = [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text)) if t.event_type == "meeting"]
    assert found == expected


# A salvo that aims at or hits a place is a strike (`salve` in strike_viser and strike_toucher_projectiles).
SALVOS = [
    ("Une nouvelle salve a visé Tel-Aviv dans la nuit.", [("strike", "visé")]),
    ("Une seconde salve a touché Haïfa à l'aube.", [("strike", "touché")]),
    ("Le candidat a visé la présidence dès le premier tour.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", SALVOS, ids=[c[0][:40] for c in SALVOS])
def test_a_salvo_aimed_is_a_strike(fr_model, matcher, text, expected):
    found = [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text)) if t.event_type == "strike"]
    assert found == expected


# Munitions or warplanes as the subject of `tuer` or `blesser` make it a strike (strike_munition_tuer); a
# hunter or a crashing plane kills, it does not strike.
KILLED_BY_WEAPONS = [
    ("Des hélicoptères de combat ont tué six insurgés dans la vallée.", [("strike", "tué")]),
    ("Un obus a blessé trois enfants dans une école.", [("strike", "blessé")]),
    ("Un chasseur a tué un cerf dans la forêt domaniale.", []),
    ("Un petit avion s'est écrasé dans un champ, tuant le pilote.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", KILLED_BY_WEAPONS, ids=[c[0][:40] for c in KILLED_BY_WEAPONS])
def test_killing_is_a_strike_when_weapons_kill(fr_model, matcher, text, expected):
    found = [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text)) if t.event_type == "strike"]
    assert found == expected


# A gerund the tagger takes for a noun is still the verb (`forms`); the munitions fired may stand a few
# words off the verb when a date comes between (`requires_scope` dep+4); lessons drawn are no strike.
STRIKE_FORMS = [
    ("Israël a répliqué samedi en bombardant le port yéménite de Hodeïda.", [("strike", "bombardant")]),
    ("Les Gardiens de la révolution ont tiré lundi soir des missiles sur la base d'Al-Udeid.", [("strike", "tiré")]),
    ("Le gouvernement a tiré hier les leçons de la crise des missiles.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", STRIKE_FORMS, ids=[c[0][:40] for c in STRIKE_FORMS])
def test_strike_triggers_of_misparsed_gerunds_and_displaced_munitions(fr_model, matcher, text, expected):
    assert [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text))] == expected


# `faire le point par téléphone` (or in a video call) is a call; `faire le point` with one's staff or the
# press is a briefing.
TAKING_STOCK_BY_PHONE = [
    (
        "Le roi de Jordanie et le président égyptien ont fait le point par téléphone sur la situation à Gaza.",
        [("call", "fait le point")],
    ),
    ("La ministre a fait le point par téléphone avec son homologue grec.", [("call", "fait le point")]),
    ("Le préfet a fait le point par téléphone avec les journalistes.", []),
    ("Le ministre a fait le point avec ses équipes sur la crise.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", TAKING_STOCK_BY_PHONE, ids=[c[0][:40] for c in TAKING_STOCK_BY_PHONE])
def test_taking_stock_by_phone_is_a_call(fr_model, matcher, text, expected):
    assert [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text))] == expected


# Dialling someone's number (`composer le numéro de X`) is a call; a number composed on stage, or an
# emergency number, is not.
DIALLED = [
    ("La ministre a composé le numéro de son homologue grec.", [("call", "composé")]),
    ("Le chorégraphe a composé un nouveau numéro pour la revue.", []),
    ("Le témoin a composé le numéro des secours.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", DIALLED, ids=[c[0][:40] for c in DIALLED])
def test_dialling_a_number_is_a_call(fr_model, matcher, text, expected):
    assert [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text))] == expected


# A team's `rencontre` is a match, whatever country the team plays for.
TEAM_MATCHES = [
    ("La deuxième rencontre de l'équipe du Japon aura lieu samedi à Doha.", []),
    ("La rencontre des joueurs argentins face au Mexique a tourné court.", []),
    ("La rencontre entre les deux présidents aura lieu samedi à Doha.", [("meeting", "rencontre")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", TEAM_MATCHES, ids=[c[0][:40] for c in TEAM_MATCHES])
def test_a_teams_encounter_is_no_meeting(fr_model, matcher, text, expected):
    assert [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text))] == expected


# Shutting a state's firms out of public tenders (`marchés publics`, `appels d'offres`, read across the elided
# `d'`) is a trade measure; shutting out firms for fraud, or a market square for works, is not.
PUBLIC_TENDERS = [
    ("Bruxelles a fermé aux fabricants chinois ses marchés publics d'équipements médicaux.", [("sanction", "fermé")]),
    ("Le gouvernement a exclu les entreprises chinoises de ses appels d'offres.", [("sanction", "exclu")]),
    ("La région a exclu de ses appels d'offres les entreprises condamnées pour fraude.", [("statement", "condamnées")]),
    ("La mairie a fermé le marché public de la place centrale pour travaux.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", PUBLIC_TENDERS, ids=[c[0][:40] for c in PUBLIC_TENDERS])
def test_closing_public_tenders_to_foreign_firms_is_a_sanction(fr_model, matcher, text, expected):
    assert [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text))] == expected


# Tank fire (`un tir de char`, `des tirs de chars`) is heavy-weapons fire, as `tir d'obus` is; a tank that
# opens a parade fires nothing.
TANK_FIRE = [
    ("Deux paysans ont été tués jeudi par un tir de char près de la frontière.", [("strike", "tir")]),
    ("Les tirs de chars ont repris à l'aube sur le village.", [("strike", "tirs")]),
    ("Le char de tête a ouvert le défilé du 14 Juillet.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", TANK_FIRE, ids=[c[0][:40] for c in TANK_FIRE])
def test_tank_fire_is_a_strike(fr_model, matcher, text, expected):
    assert [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text))] == expected


# An armed group named by its fighters (`les talibans`, `les insurgés`, `les rebelles`) that attacks a town
# or a post makes `attaquer` a strike; rebel deputies attacking a reform do not.
GROUP_ATTACKS = [
    ("Les talibans ont attaqué vendredi la ville de Ghazni.", [("strike", "attaqué")]),
    ("Les insurgés ont attaqué dimanche un poste de police.", [("strike", "attaqué")]),
    ("Les députés rebelles ont attaqué la ministre sur sa réforme.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", GROUP_ATTACKS, ids=[c[0][:40] for c in GROUP_ATTACKS])
def test_armed_group_attacking_is_a_strike(fr_model, matcher, text, expected):
    assert [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text))] == expected


CODES = [
    ("Poutine a appelé Trump mardi soir.", "041", "CONSULT/phone"),
    ("Le président s'est rendu à Washington lundi.", "042", "CONSULT/visit"),
    ("Le président a reçu son homologue à l'Élysée.", "043", "CONSULT/visit"),
    ("Les pourparlers reprendront jeudi.", "046", "CONSULT"),
    ("Les drones ont frappé la raffinerie de Saratov.", "1952", "ASSAULT/drone"),
    ("Des missiles ont été tirés sur Kiev.", "195", "ASSAULT/aerial"),
    ("L'armée a pilonné les positions ukrainiennes.", "194", "ASSAULT/heavy-weapons"),
    ("Le Trésor américain a sanctionné Rosneft.", "163", "SANCTION"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,cameo,plover", CODES, ids=[c[0][:40] for c in CODES])
def test_event_triggers_carry_cameo_and_plover(fr_model, matcher, text, cameo, plover):
    (trigger,) = matcher.find_triggers(fr_model(text))
    assert (trigger.cameo, trigger.plover) == (cameo, plover)


@pytest.mark.slow
def test_event_triggers_head_is_syntactic_head(fr_model, matcher):
    (trigger,) = matcher.find_triggers(fr_model("Le président s'est rendu à Washington lundi."))
    assert trigger.head.text == "rendu"


def test_event_triggers_lexicon_is_valid():
    rules = load_triggers()
    assert len(rules) > 50
    assert {r.event_type for r in rules} == set(EVENT_TYPES)
    assert all(0 < r.confidence <= 1 and r.cameo.isdigit() for r in rules)


def test_event_triggers_bad_row_names_file_and_line(tmp_path: Path):
    bad = tmp_path / "triggers.csv"
    bad.write_text(
        "pattern_id,event_type,kind,lemma,cameo,plover,confidence\nx,party,verb,danser,010,STATEMENT,0.5\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"triggers.csv, line 2: event_type 'party'"):
        load_triggers(bad)


@pytest.mark.parametrize(
    "verb, expected",
    [
        ("geler", ("gelé", "gelée", "gelés", "gelées")),
        ("bombarder", ("bombardé", "bombardée", "bombardés", "bombardées")),
        ("aller", ()),  # irregular
        ("recevoir", ()),  # not of the first group: its participle is listed in `forms` if needed
        ("prendre pour cible", ()),
    ],
)
def test_participles_of_first_group_verbs(verb, expected):
    assert participles(verb) == expected


@pytest.mark.parametrize(
    "text,words,refused,found,asked",
    [
        ("Il a lancé un appel à la paix.", ("appel",), set(), True, ["appel"]),
        ("Il a lancé un appel à la paix.", ("appel",), {"appel"}, False, ["appel"]),
        ("Ils ont une ligne directe depuis mai.", ("ligne directe",), set(), True, ["ligne"]),
        ("Ils ont une ligne directe depuis mai.", ("ligne directe", "mai"), {"ligne"}, True, ["ligne", "mai"]),
        ("Rien de tel ici.", ("appel",), set(), False, []),
    ],
)
def test_has_any_asks_its_filter_only_of_listed_words(text, words, refused, found, asked):
    import spacy

    from pipeline.events.triggers import _has_any

    doc = spacy.blank("fr")(text)
    calls: list[str] = []

    def counts(token) -> bool:
        calls.append(token.text)
        return token.text not in refused

    assert _has_any(iter(doc), words, doc[0], counts) is found
    assert calls == asked


# A duty whose rate the parser hangs on the verb while it hangs the noun itself on the day told between
# them (`a imposé vendredi des droits supplémentaires de 15 %`: `droits` under `vendredi`): the rate is
# still read beside the verb (scope `sib`). Rights won with no rate stay no sanction.
DAY_BETWEEN = [
    ("Pékin a imposé vendredi des droits supplémentaires de 15 % sur le charbon américain.", [("sanction", "droits")]),
    ("Les salariés ont obtenu lundi des droits nouveaux.", []),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", DAY_BETWEEN, ids=[c[0][:40] for c in DAY_BETWEEN])
def test_duty_hung_on_the_day_keeps_its_rate(fr_model, matcher, text, expected):
    assert [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text))] == expected


# `appeler X et Y à des négociations`: an appeal, however deep the parser hangs the `à` phrase; a
# purpose clause (`pour l'inviter à des négociations`) is what a real call was for.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Le médiateur a appelé lundi le chef de l'armée et son rival Karim Bensaïd à des négociations directes.",
            [],
        ),
        ("Le président a appelé mardi son homologue pour l'inviter à des négociations.", [("call", "appelé")]),
    ],
)
def test_appeal_to_talks_is_no_call(fr_model, matcher, text, expected):
    found = [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text)) if t.event_type == "call"]
    assert found == expected


# A working breakfast of leaders is a meeting, like a working dinner (`meet_diner_travail`); a breakfast alone
# is not.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "La chancelière et le président turc ont pris samedi un petit-déjeuner de travail à Berlin.",
            [("meeting", "petit-déjeuner de travail")],
        ),
        (
            "Les deux ministres se retrouveront pour un petit déjeuner de travail.",
            [("meeting", "se retrouveront"), ("meeting", "petit déjeuner de travail")],
        ),
        ("Les enfants ont pris un petit-déjeuner copieux avant l'école.", []),
    ],
)
def test_working_breakfast_is_a_meeting(fr_model, matcher, text, expected):
    found = [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text)) if t.event_type == "meeting"]
    assert found == expected


# `se voir` in the infinitive is a meeting under a verb of agreeing or planning (`sont convenus de se voir`,
# `doivent se voir lundi`); `se voir remettre`, `se voir infliger` (a passive) or a verb of risk are not.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Les deux présidents sont convenus de se voir en marge du forum.", [("meeting", "se voir")]),
        ("Le Premier ministre et son homologue doivent se voir lundi à Berlin.", [("meeting", "se voir")]),
        ("Le ministre doit se voir remettre une médaille.", []),
        ("Le club risque de se voir infliger une lourde amende.", []),
    ],
)
def test_se_voir_infinitive_under_a_plan_is_a_meeting(fr_model, matcher, text, expected):
    found = [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text)) if t.event_type == "meeting"]
    assert found == expected


# A rule's listed words absent from the trigger's sentence (form, lemma, the tail of a hyphenated word,
# the first word of a phrase) spare reading its scope; a scope reaching the sentences before never is.
@pytest.mark.parametrize(
    "text, head, words, scope, expected",
    [
        ("Les deux ministres se sont rencontrés à Rome. Ils ont signé un accord.", 4, ("match",), "sent", True),
        ("Les deux ministres se sont rencontrés à Rome. Ils ont signé un accord.", 4, ("accord",), "sent", True),
        ("Les deux ministres se sont rencontrés à Rome. Ils ont signé un accord.", 4, ("rome",), "dep", False),
        ("Les deux ministres se sont rencontrés à Rome.", 4, ("rencontrer",), "sent", False),
        ("Un bateau-drone a frappé le port.", 3, ("drone",), "dep", False),
        ("Il a lancé un appel d'offres.", 4, ("appel d'offres",), "dep", False),
        ("Le sommet a eu lieu. Les deux ministres se sont rencontrés.", 9, ("sommet",), "sent+prev", False),
    ],
    ids=["absent", "next sentence", "form", "lemma", "hyphen tail", "phrase", "previous sentence"],
)
def test_absent_from_sentence(nlp, text, head, words, scope, expected):
    doc = nlp(text)
    assert _absent_from_sentence(doc[head], words, scope) is expected


# A strike or measure noun after `de` on a noun of office (a title, `official_nouns` in markers.csv)
# names what the office is in charge of, not an act.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Les directeurs des opérations militaires des deux armées se sont parlé au téléphone.", []),
        ("Le responsable des sanctions au Trésor a quitté ses fonctions.", []),
        ("Le chef des frappes aériennes de l'escadrille a été limogé.", []),
        ("Le ministre a annoncé des frappes aériennes sur le port.", [("strike", "frappes aériennes")]),
        ("Le Trésor a décidé des sanctions contre le directeur de la banque.", [("sanction", "sanctions")]),
    ],
)
def test_strike_or_measure_named_by_an_office_is_no_act(fr_model, matcher, text, expected):
    found = [
        (t.event_type, t.span.text)
        for t in matcher.find_triggers(fr_model(text))
        if t.event_type in {"strike", "sanction"}
    ]
    assert found == expected


# `en riposte`, `en représailles` on another strike of the sentence, told outside the phrase, says how that strike
# was made; the act answered, inside the phrase, is a strike of its own.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "L'artillerie a bombardé des positions ennemies, en riposte à des tirs de roquettes sur la ville.",
            [("strike", "bombardé"), ("strike", "tirs")],
        ),
        # a riposte the subject of the strike verb is no manner: the noun is kept
        ("La riposte de l'armée a visé des dépôts de munitions.", [("strike", "riposte"), ("strike", "visé")]),
    ],
)
def test_riposte_told_as_the_manner_of_a_strike_is_no_second_strike(fr_model, matcher, text, expected):
    found = [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text)) if t.event_type == "strike"]
    assert found == expected


# Topics raised during a conversation (`lors d'une conversation`, `au cours d'une conversation`) tell a call, unless
# the sentence tells a meeting or a media interview (call_conversation_occasion in triggers.csv).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Les deux présidents ont abordé, lors d'une conversation d'une demi-heure, la reprise du commerce.",
            [("call", "conversation")],
        ),
        ("Au cours d'une longue conversation, les deux ministres ont évoqué les otages.", [("call", "conversation")]),
        ("Lors de sa visite, le chancelier a évoqué la crise au cours d'une conversation avec le roi.", []),
        ("Le ministre a évoqué la crise lors d'une conversation avec des journalistes.", []),
    ],
)
def test_conversation_as_occasion_is_a_call(fr_model, matcher, text, expected):
    found = [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text)) if t.event_type == "call"]
    assert found == expected


# `le premier cycle` with no complement is a round of talks told before, as `le deuxième cycle` is (meet_cycle_round);
# the first cycle of studies or of a treatment is not.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le premier cycle, tenu le 3 mai à Mascate, avait échoué.", [("meeting", "cycle")]),
        ("Le premier cycle universitaire dure trois ans.", []),
        ("Le premier cycle de chimiothérapie a commencé lundi.", []),
    ],
)
def test_first_cycle_is_a_round_of_talks(fr_model, matcher, text, expected):
    found = [(t.event_type, t.span.text) for t in matcher.find_triggers(fr_model(text)) if t.event_type == "meeting"]
    assert found == expected


# `un entretien à trois` is three people talking, in person unless told by phone; `un entretien téléphonique à
# trois` and `un appel à trois` are calls (call_appel_a_plusieurs).
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le roi a reçu les deux ministres pour un entretien à trois au palais.", [("meeting", "entretien")]),
        ("Les trois dirigeants ont eu un entretien téléphonique à trois lundi.", [("call", "entretien")]),
    ],
)
def test_three_way_talk_is_a_call_only_by_phone(fr_model, matcher, text, expected):
    found = [
        (t.event_type, t.head.text)
        for t in matcher.find_triggers(fr_model(text))
        if t.event_type in {"call", "meeting"} and t.head.text == "entretien"
    ]
    assert found == expected


# `Y les a réunis`: the plural object clitic stands for people named before it (two at least), so gathering
# them is a meeting (meet_reunir_people, `@person_object`); with no people named, `les` is things gathered.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Olaf Scholz et Donald Tusk sont arrivés lundi à Paris. Emmanuel Macron les a réunis dans la soirée.",
            [("meeting", "réunis")],
        ),
        ("Les preuves étaient éparses. Les enquêteurs les ont réunies en un seul dossier.", []),
    ],
)
def test_gathering_people_named_before_is_a_meeting(nlp, text, expected):
    found = [(m.event_type, m.trigger) for m in nlp(text)._.event_mentions if m.trigger.startswith("réuni")]
    assert found == expected
