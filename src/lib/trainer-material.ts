// Course material the trainer slides and handout show, until content/course/ has its own files for it
// (meldrechten.yaml, kernboodschappen.yaml and zeven-w.yaml are being written on other branches).
// When those land, load them in course-slides.ts and drop the matching constant here.
import type { SlideList, SlideTableSource } from './slides';

export const taken: SlideList = {
  title: 'Drie taken, drie petten',
  lead: 'Niet je werkgever, maar de taak die je op dat moment doet, bepaalt de regels.',
  items: [
    'Toeleiding (gemeentepet): van de eerste melding of hulpvraag tot het besluit over de hulp. Je werkt namens het college.',
    'Hulpverlening (hulpverlenerspet): de hulp zelf geven. Hier gelden het beroepsgeheim en de beroepscode.',
    'Coördinatie (derde pet): hulp die al loopt op elkaar afstemmen als problemen samenhangen. Het wetsvoorstel Wams wil dit regelen; het is nog geen wet.',
  ],
  notes: 'Vraag de groep welke pet ze het vaakst op hebben. Veel mensen wisselen per gesprek.',
};

export const spagaat: SlideTableSource = {
  title: 'De spagaat',
  caption: 'Wat geldt per taak',
  head: ['', 'Toeleiding', 'Hulpverlening', 'Coördinatie (voorstel)'],
  rows: [
    ['Pet', 'gemeentepet', 'hulpverlenerspet', 'derde pet'],
    ['Je werkt namens', 'het college van B&W', 'de aanbieder', 'het college (voorstel)'],
    [
      'Wettelijk beroepsgeheim',
      'nee (wel geheimhouding, art. 2:5 Awb)',
      'ja, of de beroepscode',
      'nee, wel bij deelnemers',
    ],
    ['Beroepscode en tuchtrecht', 'ja', 'ja', 'ja, voor geregistreerde professionals'],
    [
      'Gegevens delen mag',
      'als het nodig is voor de taak, met zorg',
      'met toestemming, als een wet het vraagt of toestaat, of bij een conflict van plichten',
      'binnen de waarborgen van de wet, als die er komt',
    ],
  ],
  notes: 'Laat zien dat één persoon op één dag in meer kolommen kan staan. Daar zit de spagaat.',
};

export const meldrechten: SlideTableSource = {
  title: 'Meldrechten en meldplichten',
  caption: 'Wanneer je zonder toestemming iets mag of moet doorgeven',
  head: ['Situatie', 'Regeling', 'Recht of plicht'],
  rows: [
    [
      'Vermoeden van huiselijk geweld of kindermishandeling',
      'art. 5.2.6 Wmo 2015 en de Wet verplichte meldcode',
      'meldrecht; de meldcode volgen is wel verplicht',
    ],
    ['Zorgen die de Raad voor de Kinderbescherming moet weten', 'art. 1:240 BW', 'meldrecht'],
    ['Signaal in de Verwijsindex risicojongeren', 'Jeugdwet, paragraaf 7.1', 'meldbevoegdheid'],
    [
      'Vraag van de gecertificeerde instelling bij een OTS',
      'art. 7.3.11 lid 4 Jeugdwet',
      'plicht als erom gevraagd wordt',
    ],
    ['Calamiteit of geweld bij een voorziening', 'art. 3.4 Wmo 2015', 'plicht van de aanbieder'],
    ['Ernstig gevaar en geen andere weg', 'geen artikel: conflict van plichten', 'afweging, geen plicht'],
  ],
  notes: 'Een meldrecht is geen meldplicht. Wie niet meldt, moet wel kunnen uitleggen waarom.',
};

export const zevenW: SlideList = {
  title: '7 × W',
  lead: 'Begin niet met "mag dit?", maar met deze zeven vragen.',
  items: [
    'Wat wil je bereiken?',
    'Waarvoor: welk doel dient het?',
    'Wie doen er mee: welke partijen?',
    'Welke taken voeren zij uit?',
    'Welk werkproces hoort bij elke fase?',
    "Welke risico's zijn er voor de privacy?",
    'Welke maatregelen neem je daartegen?',
  ],
  notes: 'Laat de groep een eigen samenwerking kiezen en de vragen hardop doorlopen.',
};

export const beleidskeuzes: SlideList = {
  title: 'Beleidskeuzes voor de organisatie',
  lead: 'Wie geen keuzes maakt, laat professionals alleen staan.',
  items: [
    'Leg per taak vast welke pet erbij hoort en wat dat betekent voor gegevens.',
    'Houd een overzicht bij van doelen, taken en gegevens, passend bij het register van verwerkingen.',
    'Houd dossiers voor toeleiding en hulpverlening gescheiden en regel de toegang daarnaar.',
    'Maak afspraken met partners als het wijkteam elders is ondergebracht.',
    'Zorg dat inwoners weten met welke pet iemand tegenover hen zit.',
  ],
  notes: 'Vraag welke van deze afspraken in de eigen organisatie al bestaan en welke niet.',
};

export const kernboodschappen: SlideList = {
  title: 'Om te onthouden',
  items: [
    'De taak bepaalt de regels, niet de werkgever.',
    'Toeleiding doe je namens het college; hulpverlening doe je met beroepsgeheim.',
    'Een beroepscode geldt bij elke pet; een wettelijk beroepsgeheim alleen bij hulpverlening.',
    'De Wams is nog geen wet.',
    'Zonder werkinstructies weet niemand welke pet op is. Vraag erom.',
  ],
  notes: 'Sluit af met de vraag wat deelnemers morgen anders doen.',
};
