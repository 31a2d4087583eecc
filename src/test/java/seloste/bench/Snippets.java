package seloste.bench;

import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The parts the corpus adds to the example notices, so that every model feature the examples leave
 * out appears somewhere: a criminal-data purpose, a vital-interests purpose on special-category data,
 * a public-register source, a waiver, children, preference and marketing cookies, and transfers on
 * every mechanism. Placeholders in braces are filled per notice.
 */
final class Snippets {

    static final String PROVIDER = """
            id: {id}
            name: {name}
            role: processor
            category: false
            country: {country}
            description:
              fi: Hoitaa yksikön {u} tietotekniikan lähituen ja kassajärjestelmien ylläpidon.
              sv: Sköter det lokala IT-stödet och underhållet av kassasystemen för enhet {u}.
              en: Provides on-site IT support and maintains the point-of-sale systems of unit {u}.
            """;

    static final String DISCLOSURE = """
            recipient: {id}
            purposes: [{purpose}]
            data: [{data}]
            note:
              fi: Hoitaa yksikön {u} tietotekniikan lähituen henkilötietojen käsittelijänä.
              sv: Sköter det lokala IT-stödet för enhet {u} som personuppgiftsbiträde.
              en: Provides on-site IT support for unit {u} as a processor.
            """;

    static final String SAFEGUARDS_COPY = """
            fi: Jäljennöksen siirron suojatoimista saa tietosuojavastaavalta osoitteesta tietosuoja@aurora.example.fi.
            sv: En kopia av skyddsåtgärderna för överföringen fås av dataskyddsombudet på tietosuoja@aurora.example.fi.
            en: A copy of the safeguards for the transfer is available from the data protection officer at tietosuoja@aurora.example.fi.
            """;

    static final String WAIVER = """
            rule: direct-marketing.existing-customer
            reason: >-
              E-mail marketing goes only to our own customers, about our own similar products, and every
              message offers a free, easy refusal.
            """;

    static final String INCIDENT_HEALTH = """
            id: incident-health
            name: { fi: Ensiaputilanteiden terveystiedot, sv: Hälsouppgifter vid första hjälpen, en: Health data from first-aid incidents }
            kind: special
            special: health
            examples:
              fi: Kuvaus myymälässä sattuneesta tapaturmasta tai sairauskohtauksesta ja annetusta ensiavusta.
              sv: En beskrivning av ett olycksfall eller sjukdomsfall i butiken och av den första hjälp som gavs.
              en: A description of an accident or sudden illness in a store and of the first aid given.
            """;

    static final String FIRST_AID = """
            id: first-aid
            name:
              fi: Ensiapu ja tapaturmien kirjaaminen myymälöissä
              sv: Första hjälpen och registrering av olycksfall i butikerna
              en: First aid and recording accidents in stores
            description:
              fi: >-
                Jos asiakas loukkaantuu tai sairastuu myymälässä, henkilökunta antaa ensiapua, hälyttää
                tarvittaessa apua ja kirjaa tapahtuman.
              sv: >-
                Om en kund skadas eller insjuknar i butiken ger personalen första hjälpen, larmar vid behov
                hjälp och dokumenterar händelsen.
              en: >-
                If a customer is injured or falls ill in a store, staff give first aid, call for help when
                needed and record the incident.
            legal_basis: vital_interests
            art9_condition: vital_interests
            requirement:
              kind: voluntary
              consequence:
                fi: Tietojen antaminen on vapaaehtoista; ensiapu annetaan joka tapauksessa.
                sv: Det är frivilligt att lämna uppgifterna; första hjälpen ges i alla fall.
                en: Giving the data is voluntary; first aid is given in any case.
            data: [incident-health]
            subjects: [customers]
            """;

    static final String FIRST_AID_RETENTION = """
            data: [incident-health]
            purposes: [first-aid]
            period: P1Y
            from: collection
            criteria:
              fi: Tapahtumailmoitus poistetaan vuoden kuluttua, ellei sitä tarvita vakuutus- tai vahingonkorvausasiassa.
              sv: Händelserapporten raderas efter ett år, om den inte behövs i ett försäkrings- eller skadeståndsärende.
              en: The incident report is deleted after one year unless it is needed for an insurance or damages claim.
            """;

    static final String ADDRESS_UPDATES = """
            id: address-updates
            kind: public_register
            description:
              fi: Osoitetietojen päivitykset Digi- ja väestötietoviraston väestötietojärjestelmästä.
              sv: Adressuppdateringar från befolkningsdatasystemet hos Myndigheten för digitalisering och befolkningsdata.
              en: Address updates from the Population Information System of the Digital and Population Data Services Agency.
            publicly_accessible: false
            data: [contact]
            """;

    static final String ADDRESS_LISTS = """
            id: address-lists
            kind: purchased_list
            description:
              fi: Suoramarkkinointiin ostetut osoitteet Postin osoitepalvelusta; niistä saamme vain nimen ja postiosoitteen.
              sv: Adresser som köpts för direkt marknadsföring från Postens adresstjänst; av dem får vi endast namn och postadress.
              en: Addresses bought for direct mail from Posti's address service; they give us only the name and postal address.
            publicly_accessible: false
            data: [contact]
            """;

    static final String LOYALTY_PARTNER = """
            id: loyalty-partner
            name: Kotiplus Ketju Oy
            role: joint_controller
            category: false
            country: FI
            description:
              fi: Kodinkoneketju, jonka kanssa ylläpidämme yhteistä kanta-asiakasohjelmaa yhteisrekisterinpitäjinä.
              sv: Vitvarukedja som vi driver ett gemensamt kundprogram med som gemensamt personuppgiftsansvariga.
              en: Home-appliance chain with which we run a joint loyalty programme as joint controllers.
            """;

    static final String LOYALTY_DISCLOSURE = """
            recipient: loyalty-partner
            purposes: [{purpose}]
            data: [contact, orders]
            note:
              fi: Saa kanta-asiakkaan ostot hyvitysten laskemista varten.
              sv: Får stamkundens köp för beräkningen av bonusar.
              en: Receives the loyalty customer's purchases to calculate rewards.
            """;

    static final String CRIMINAL_RECORD = """
            id: criminal-record
            name: { fi: Rikostaustaote, sv: Straffregisterutdrag, en: Criminal record extract }
            kind: criminal
            examples:
              fi: Merkintä siitä, että valittu hakija on esittänyt rikosrekisteriotteen, ja otteen päivämäärä. Otetta ei kopioida.
              sv: En anteckning om att den valda sökanden har visat upp ett straffregisterutdrag, och utdragets datum. Utdraget kopieras inte.
              en: A note that the selected applicant has shown a criminal record extract, and the date of the extract. The extract is not copied.
            """;

    static final String BACKGROUND_CHECK = """
            id: background-check
            name:
              fi: Rikostaustan selvittäminen lasten kanssa työskenteleviltä
              sv: Utredning av brottslig bakgrund hos personer som arbetar med barn
              en: Criminal background checks for work with children
            description:
              fi: >-
                Lasten kokkikoulujen ohjaajiksi valituilta pyydämme nähtäväksi rikosrekisteriotteen ennen
                työsuhteen alkua.
              sv: >-
                Av dem som väljs till ledare för barnens matlagningskurser begär vi att få se ett
                straffregisterutdrag innan anställningen börjar.
              en: >-
                We ask the people selected to lead the children's cooking classes to show a criminal record
                extract before their employment starts.
            legal_basis: legal_obligation
            law:
              fi: Laki rikostaustan selvittämisestä lasten kanssa työskentelevien osalta (504/2002) 2 §
              sv: Lagen om utredning av brottslig bakgrund hos personer som arbetar med barn (504/2002) 2 §
              en: Act on Checking the Criminal Background of Persons Working with Children (504/2002), section 2
            criminal_data_law:
              fi: Laki rikostaustan selvittämisestä lasten kanssa työskentelevien osalta (504/2002) 4 §
              sv: Lagen om utredning av brottslig bakgrund hos personer som arbetar med barn (504/2002) 4 §
              en: Act on Checking the Criminal Background of Persons Working with Children (504/2002), section 4
            requirement:
              kind: statutory
              consequence:
                fi: Jos otetta ei esitetä, henkilöä ei voida ottaa tehtävään.
                sv: Om utdraget inte visas upp kan personen inte anställas för uppgiften.
                en: If the extract is not shown, the person cannot be hired for the position.
            data: [criminal-record]
            subjects: [applicants]
            """;

    static final String BACKGROUND_RETENTION = """
            data: [criminal-record]
            purposes: [background-check]
            from: end_of_recruitment
            criteria:
              fi: Merkintä otteen esittämisestä poistetaan, kun työsuhde päättyy.
              sv: Anteckningen om att utdraget har visats upp raderas när anställningen upphör.
              en: The note that the extract was shown is deleted when the employment ends.
            """;

    static final String CHILDREN = """
            minimum_age: 15
            information_society_service: true
            """;

    static final String PERSONALISATION = """
            id: personalisation
            name:
              fi: Sivuston mukauttaminen ja kohdennettu mainonta
              sv: Anpassning av webbplatsen och riktad reklam
              en: Personalising the website and targeted advertising
            description:
              fi: >-
                Muistamme valitsemasi kielen ja näytämme muilla sivustoilla mainoksia tuotteista, joita olet
                katsonut verkkokaupassamme.
              sv: >-
                Vi kommer ihåg det språk du har valt och visar annonser på andra webbplatser för produkter
                som du har tittat på i vår webbutik.
              en: >-
                We remember the language you chose and show advertisements on other websites for products you
                have viewed in our web shop.
            legal_basis: consent
            withdrawal:
              fi: Muuta valintaa sivuston alalaidan Evästeasetukset-linkistä; mukauttamis- ja mainosevästeet poistetaan.
              sv: Ändra ditt val via länken Inställningar för kakor längst ner på webbplatsen; kakorna för anpassning och reklam raderas.
              en: Change your choice through the Cookie settings link at the bottom of the website; the personalisation and advertising cookies are deleted.
            requirement:
              kind: voluntary
              consequence:
                fi: Suostumus on vapaaehtoinen; ilman sitä sivusto toimii, mutta kieli on valittava joka käynnillä.
                sv: Samtycket är frivilligt; utan det fungerar webbplatsen, men språket måste väljas vid varje besök.
                en: Consent is voluntary; without it the website works, but the language must be chosen on every visit.
            data: [usage]
            subjects: [visitors]
            """;

    static final String PERSONALISATION_RETENTION = """
            data: [usage]
            purposes: [personalisation]
            period: P90D
            from: collection
            """;

    static final String LANGUAGE_COOKIE = """
            name: aurora_lang
            provider: Aurora Kodinkone Oy
            type: preferences
            description:
              fi: Muistaa valitun kielen.
              sv: Kommer ihåg det valda språket.
              en: Remembers the chosen language.
            duration: P1Y
            purpose: personalisation
            """;

    static final String MARKETING_COOKIE = """
            name: _mw_rt
            provider: Metricwave LLC
            type: marketing
            description:
              fi: Tunnistaa selaimen mainosten kohdentamista varten; asetetaan vain suostumuksella.
              sv: Känner igen webbläsaren för riktad reklam; sätts endast med samtycke.
              en: Recognises the browser to target advertisements; set only with consent.
            duration: P90D
            purpose: personalisation
            """;

    private Snippets() {
    }

    /** The snippet with each {@code {key}} replaced, as a node tree. */
    static Node node(String snippet, Map<String, String> values) {
        return YamlTree.parse(fill(snippet, values));
    }

    static Node node(String snippet) {
        return YamlTree.parse(snippet);
    }

    static String fill(String snippet, Map<String, String> values) {
        String s = snippet;
        for (Map.Entry<String, String> e : values.entrySet()) {
            s = s.replace("{" + e.getKey() + "}", e.getValue());
        }
        return s;
    }
}
