package seloste.scaffold;

import seloste.model.Language;

/** The placeholder texts of a scaffolded notice, different in each language so that none reads as copied. */
enum Placeholder {
    TITLE("TODO: selosteen otsikko", "TODO: beskrivningens rubrik", "TODO: title of the notice"),
    CONTACT("TODO: yhteyshenkilö tai -taho", "TODO: kontaktperson eller funktion",
            "TODO: contact person or function"),
    RIGHTS("TODO: miten ja minne rekisteröity lähettää pyyntönsä", "TODO: hur och vart den registrerade skickar "
            + "sin begäran", "TODO: how and where data subjects send their requests"),
    SUBJECTS("TODO: rekisteröityjen ryhmä", "TODO: grupp av registrerade", "TODO: category of data subjects"),
    CATEGORY("TODO: henkilötietoryhmä", "TODO: kategori av personuppgifter", "TODO: category of personal data"),
    EXAMPLES("TODO: ryhmän tiedot, esim. nimi ja sähköpostiosoite", "TODO: kategorins uppgifter, t.ex. namn och "
            + "e-postadress", "TODO: the data in the category, e.g. name and e-mail address"),
    PURPOSE("TODO: käsittelyn tarkoitus", "TODO: ändamålet med behandlingen", "TODO: purpose of the processing"),
    DESCRIPTION("TODO: mitä tietoja käytetään ja miksi; tarkista oikeusperuste (contract on vain paikkamerkki)",
            "TODO: vilka uppgifter som används och varför; kontrollera den rättsliga grunden (contract är bara en "
                    + "platshållare)", "TODO: what the data are used for; check the legal basis (contract is only a "
                    + "placeholder)"),
    CONSEQUENCE("TODO: mitä seuraa, jos tietoja ei anneta", "TODO: vad som följer om uppgifterna inte lämnas",
            "TODO: what follows if the data are not given"),
    RETENTION("TODO: kuinka kauan tietoja säilytetään ja mistä lukien", "TODO: hur länge uppgifterna bevaras och "
            + "från när", "TODO: how long the data are kept, and from when"),
    SECURITY("TODO: suojaustoimet, esim. käyttöoikeudet ja salaus", "TODO: skyddsåtgärder, t.ex. behörigheter och "
            + "kryptering", "TODO: security measures, e.g. access rights and encryption"),
    FIRST_VERSION("Selosteen ensimmäinen versio.", "Beskrivningens första version.", "First version of the notice.");

    private final String fi;
    private final String sv;
    private final String en;

    Placeholder(String fi, String sv, String en) {
        this.fi = fi;
        this.sv = sv;
        this.en = en;
    }

    String in(Language language) {
        return switch (language) {
            case FI -> fi;
            case SV -> sv;
            case EN -> en;
        };
    }
}
