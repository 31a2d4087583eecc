package seloste.render;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import seloste.model.Address;
import seloste.model.Art22Exception;
import seloste.model.Art9Condition;
import seloste.model.AutomatedDecision;
import seloste.model.CategoryKind;
import seloste.model.Change;
import seloste.model.Children;
import seloste.model.Contact;
import seloste.model.Controller;
import seloste.model.ControllerType;
import seloste.model.Cookie;
import seloste.model.CookieType;
import seloste.model.DataCategory;
import seloste.model.DataSubject;
import seloste.model.Derogation;
import seloste.model.Disclosure;
import seloste.model.Language;
import seloste.model.LegalBasis;
import seloste.model.LocalizedText;
import seloste.model.NationalIdGround;
import seloste.model.Notice;
import seloste.model.Origin;
import seloste.model.Purpose;
import seloste.model.Recipient;
import seloste.model.RecipientRole;
import seloste.model.Repository;
import seloste.model.Requirement;
import seloste.model.RequirementKind;
import seloste.model.Retention;
import seloste.model.RetentionEvent;
import seloste.model.Source;
import seloste.model.SourceKind;
import seloste.model.SourcePosition;
import seloste.model.SpecialCategory;
import seloste.model.Transfer;
import seloste.model.TransferMechanism;

/**
 * Model objects for render tests, built in Java: a fictional controller and one notice that uses
 * every feature of the model, plus small variations of it.
 */
final class Fixtures {

    static final SourcePosition AT = SourcePosition.wholeFile("fixture.yaml");
    static final Origin O = Origin.of(AT);

    private Fixtures() {
    }

    static LocalizedText t(String fi, String sv, String en) {
        Map<Language, String> v = new EnumMap<>(Language.class);
        v.put(Language.FI, fi);
        v.put(Language.SV, sv);
        v.put(Language.EN, en);
        return new LocalizedText(v, Map.of(), false, AT);
    }

    static LocalizedText u(String text) {
        return LocalizedText.uniform(text, AT);
    }

    static Optional<LocalizedText> ot(String fi, String sv, String en) {
        return Optional.of(t(fi, sv, en));
    }

    static Controller controller(String name) {
        return controller(name, "https://aurora.example");
    }

    static Controller controller(String name, String website) {
        Address postal = new Address(t("PL 12", "PB 12", "PL 12"), "00101", t("Helsinki", "Helsingfors", "Helsinki"),
                "FI", O);
        Address visiting = new Address(u("Revontulentie 8"), "02100", t("Espoo", "Esbo", "Espoo"), "FI", O);
        Contact dpo = new Contact(Optional.of(u("Tiina Tietosuoja")), Optional.of("dpo@aurora.example"),
                Optional.of("+358 9 123 4500"), Optional.empty(), O);
        Address repAddress = new Address(u("Storgatan 1"), "111 22", t("Tukholma", "Stockholm", "Stockholm"), "SE", O);
        Contact representative = new Contact(Optional.of(u("Nordic Rep AB")), Optional.of("rep@nordicrep.example"),
                Optional.empty(), Optional.of(repAddress), O);
        return new Controller("aurora", u(name), ControllerType.COMPANY, Optional.of("1234567-8"), postal,
                Optional.of(visiting), Optional.of("+358 9 123 4567"), Optional.of("tietosuoja@aurora.example"),
                Optional.of(website), Optional.of(representative), Optional.of(dpo), O);
    }

    static List<Recipient> recipients() {
        return List.of(
                new Recipient("mailer", u("Postiljooni Oy"), RecipientRole.PROCESSOR, false,
                        ot("Uutiskirjeiden lähetyspalvelu", "Tjänst för utskick av nyhetsbrev", "Newsletter delivery service"),
                        "FI", false, O),
                new Recipient("crm", u("Cloudy CRM Inc."), RecipientRole.PROCESSOR, false, Optional.empty(), "US", true, O),
                new Recipient("tax", t("Verohallinto", "Skatteförvaltningen", "Finnish Tax Administration"),
                        RecipientRole.AUTHORITY, false, Optional.empty(), "FI", false, O),
                new Recipient("partners", t("Markkinointikumppanit", "Marknadsföringspartner", "Marketing partners"),
                        RecipientRole.CONTROLLER, true, Optional.empty(), "FI", false, O),
                new Recipient("support", u("Helpdesk Services Pvt Ltd"), RecipientRole.PROCESSOR, false,
                        Optional.empty(), "IN", false, O),
                new Recipient("travel", u("Siam Travel Co."), RecipientRole.JOINT_CONTROLLER, false, Optional.empty(),
                        "TH", false, O));
    }

    static Repository repository(Notice notice) {
        return repository(notice, controller("Aurora Kodinkone Oy"));
    }

    static Repository repository(Notice notice, Controller controller) {
        return new Repository(List.of(controller), recipients(), List.of(notice), List.of());
    }

    /** The full notice with {@code text} written into every kind of field a controller fills in. */
    static Notice injected(String text) {
        Notice n = full();
        LocalizedText x = t(text, text, text);
        DataCategory category = new DataCategory("injected", x, CategoryKind.ORDINARY, Optional.empty(), Optional.of(x), O);
        Purpose purpose = new Purpose("injected", x, Optional.of(x), Optional.of(LegalBasis.LEGITIMATE_INTERESTS),
                Optional.of(x), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new Requirement(RequirementKind.VOLUNTARY, Optional.of(x), O)), false, Optional.empty(),
                List.of("injected"), List.of("customers"), O);
        Cookie cookie = new Cookie(text, text, CookieType.MARKETING, x, Optional.empty(), Optional.empty(), O);
        return new Notice(n.id(), n.controller(), x, n.languages(), n.version(), n.effective(), List.of(x), n.contact(),
                n.children(), n.subjects(), concat(n.categories(), category), concat(n.purposes(), purpose), n.sources(),
                n.recipients(), n.transfers(), n.retention(), n.automatedDecisions(), concat(n.cookies(), cookie),
                concat(n.security(), x), Optional.of(x), concat(n.changes(), new Change("0.1", LocalDate.of(2024, 1, 1), x, O)),
                O);
    }

    private static <T> List<T> concat(List<T> list, T item) {
        List<T> out = new java.util.ArrayList<>(list);
        out.add(item);
        return List.copyOf(out);
    }

    static Purpose purpose(String id, String name, LegalBasis basis, boolean directMarketing) {
        return new Purpose(id, t(name, name + " (sv)", name + " (en)"), Optional.empty(), Optional.of(basis),
                basis == LegalBasis.LEGITIMATE_INTERESTS
                        ? ot("Asiakassuhteen ylläpito", "Upprätthållande av kundförhållandet", "Maintaining the customer relationship")
                        : Optional.empty(),
                basis == LegalBasis.LEGAL_OBLIGATION || basis == LegalBasis.PUBLIC_TASK
                        ? Optional.of(u("Kirjanpitolaki (1336/1997)")) : Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                directMarketing,
                basis == LegalBasis.CONSENT ? ot("Peruuta tilaus viestin linkistä.", "Avsluta prenumerationen via länken.",
                        "Unsubscribe using the link in each message.") : Optional.empty(),
                List.of("contact"), List.of("customers"), O);
    }

    static List<Purpose> fullPurposes() {
        Purpose customerService = new Purpose("customer-service",
                t("Asiakassuhteen hoito", "Skötsel av kundförhållandet", "Managing the customer relationship"),
                ot("Toimitamme tilaukset ja hoidamme asiakaspalvelun.", "Vi levererar beställningar och sköter kundtjänsten.",
                        "We deliver orders and run customer service."),
                Optional.of(LegalBasis.CONTRACT), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(),
                Optional.of(new Requirement(RequirementKind.CONTRACT_PRECONDITION,
                        ot("Emme voi toimittaa tilaustasi.", "Vi kan inte leverera din beställning.", "We cannot deliver your order."), O)),
                false, Optional.empty(), List.of("contact", "orders"), List.of("customers"), O);
        Purpose bookkeeping = new Purpose("bookkeeping", t("Kirjanpito", "Bokföring", "Bookkeeping"), Optional.empty(),
                Optional.of(LegalBasis.LEGAL_OBLIGATION), Optional.empty(), Optional.of(u("Kirjanpitolaki (1336/1997)")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new Requirement(RequirementKind.STATUTORY, Optional.empty(), O)), false, Optional.empty(),
                List.of("orders"), List.of("customers"), O);
        Purpose newsletter = new Purpose("newsletter", t("Uutiskirje", "Nyhetsbrev", "Newsletter"), Optional.empty(),
                Optional.of(LegalBasis.CONSENT), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(new Requirement(RequirementKind.VOLUNTARY, Optional.empty(), O)),
                true, ot("Peruuta tilaus jokaisen uutiskirjeen lopussa olevasta linkistä.",
                        "Avsluta prenumerationen via länken i slutet av varje nyhetsbrev.",
                        "Unsubscribe using the link at the end of each newsletter."),
                List.of("contact"), List.of("subscribers"), O);
        Purpose marketing = new Purpose("marketing", t("Suoramarkkinointi postitse", "Direktreklam per post", "Direct marketing by post"),
                Optional.empty(), Optional.of(LegalBasis.LEGITIMATE_INTERESTS),
                ot("Tarjousten lähettäminen nykyisille asiakkaille", "Att skicka erbjudanden till befintliga kunder",
                        "Sending offers to existing customers"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                true, Optional.empty(), List.of("contact"), List.of("customers"), O);
        Purpose accessibility = new Purpose("accessibility", t("Esteettömyystarpeet", "Tillgänglighetsbehov", "Accessibility needs"),
                Optional.empty(), Optional.of(LegalBasis.CONTRACT), Optional.empty(), Optional.empty(),
                Optional.of(Art9Condition.EXPLICIT_CONSENT), Optional.of(u("Tietosuojalaki (1050/2018) 6 §")), Optional.empty(),
                Optional.empty(), Optional.empty(), false,
                ot("Ilmoita asiakaspalveluun.", "Meddela kundtjänsten.", "Tell customer service."),
                List.of("health"), List.of("customers"), O);
        Purpose invoicing = new Purpose("invoicing", t("Laskutus ja perintä", "Fakturering och indrivning", "Invoicing and collection"),
                Optional.empty(), Optional.of(LegalBasis.CONTRACT), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(NationalIdGround.SECTOR), Optional.empty(), false,
                Optional.empty(), List.of("hetu", "orders"), List.of("customers"), O);
        Purpose fraud = new Purpose("fraud-prevention", t("Väärinkäytösten estäminen", "Förebyggande av missbruk", "Fraud prevention"),
                Optional.empty(), Optional.of(LegalBasis.LEGITIMATE_INTERESTS),
                ot("Yrityksen omaisuuden suojaaminen", "Skydd av företagets egendom", "Protecting the company's property"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(u("Tietosuojalaki (1050/2018) 7 §")),
                Optional.empty(), Optional.empty(), false, Optional.empty(), List.of("offences"), List.of("customers"), O);
        return List.of(customerService, bookkeeping, newsletter, marketing, accessibility, invoicing, fraud);
    }

    static Notice full() {
        return notice(fullPurposes(), true);
    }

    /** The full notice with other purposes; what refers to purposes is cut down to what still exists. */
    static Notice withPurposes(List<Purpose> purposes) {
        return notice(purposes, false);
    }

    private static Notice notice(List<Purpose> purposes, boolean full) {
        List<DataSubject> subjects = List.of(
                new DataSubject("customers", t("Asiakkaat", "Kunder", "Customers"),
                        ot("Yksityishenkilöt, jotka ostavat tuotteitamme", "Privatpersoner som köper våra produkter",
                                "Individuals who buy our products"), O),
                new DataSubject("subscribers", t("Uutiskirjeen tilaajat", "Prenumeranter på nyhetsbrevet", "Newsletter subscribers"),
                        Optional.empty(), O));
        List<DataCategory> categories = List.of(
                new DataCategory("contact", t("Yhteystiedot", "Kontaktuppgifter", "Contact details"), CategoryKind.ORDINARY,
                        Optional.empty(), ot("nimi, osoite, sähköposti", "namn, adress, e-post", "name, address, e-mail"), O),
                new DataCategory("orders", t("Tilaustiedot", "Beställningsuppgifter", "Order data"), CategoryKind.ORDINARY,
                        Optional.empty(), Optional.empty(), O),
                new DataCategory("health", t("Terveystiedot", "Hälsouppgifter", "Health data"), CategoryKind.SPECIAL,
                        Optional.of(SpecialCategory.HEALTH), Optional.empty(), O),
                new DataCategory("hetu", t("Henkilötunnus", "Personbeteckning", "Personal identity code"),
                        CategoryKind.NATIONAL_ID, Optional.empty(), Optional.empty(), O),
                new DataCategory("offences", t("Tiedot rikoksista", "Uppgifter om brott", "Offence data"),
                        CategoryKind.CRIMINAL, Optional.empty(), Optional.empty(), O));
        List<Source> sources = List.of(
                new Source("self", SourceKind.DATA_SUBJECT, Optional.empty(), false, List.of(), O),
                new Source("web", SourceKind.OBSERVATION, ot("Evästeet", "Kakor", "Cookies"), false, List.of(), O),
                new Source("vtj", SourceKind.PUBLIC_REGISTER, ot("Väestötietojärjestelmä", "Befolkningsdatasystemet",
                        "Population Information System"), true, List.of("contact"), O),
                new Source("partner", SourceKind.PARTNER, Optional.empty(), false, List.of("contact"), O));
        List<String> ids = purposes.stream().map(Purpose::id).toList();
        List<Disclosure> disclosures = List.of(
                new Disclosure("mailer", List.of("newsletter"), List.of("contact"), Optional.empty(), O),
                new Disclosure("crm", List.of("customer-service", "marketing"), List.of(),
                        ot("Asiakkuudenhallintajärjestelmä", "Kundhanteringssystem", "Customer relationship management system"), O),
                new Disclosure("tax", List.of("bookkeeping"), List.of("orders"), Optional.empty(), O),
                new Disclosure("partners", List.of("marketing"), List.of("contact"), Optional.empty(), O))
                .stream().filter(d -> ids.containsAll(d.purposes())).toList();
        List<Transfer> transfers = List.of(
                new Transfer("crm", "US", Optional.of(TransferMechanism.ADEQUACY), Optional.empty(), Optional.empty(), O),
                new Transfer("support", "IN", Optional.of(TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES), Optional.empty(),
                        Optional.of(u("https://aurora.example/scc")), O),
                new Transfer("travel", "TH", Optional.of(TransferMechanism.DEROGATION),
                        Optional.of(Derogation.CONTRACT_WITH_DATA_SUBJECT), Optional.empty(), O));
        List<Retention> retention = List.of(
                new Retention(List.of("orders"), List.of("bookkeeping"), Optional.of(Period.ofYears(10)),
                        Optional.of(RetentionEvent.END_OF_FINANCIAL_YEAR), Optional.empty(), Optional.empty(),
                        Optional.of(u("Kirjanpitolaki (1336/1997) 2 luku 10 §")), O),
                new Retention(List.of("contact"), List.of(), Optional.of(Period.of(1, 6, 0)),
                        Optional.of(RetentionEvent.END_OF_CUSTOMER_RELATIONSHIP), Optional.empty(), Optional.empty(),
                        Optional.empty(), O),
                new Retention(List.of(), List.of("newsletter"), Optional.of(Period.ofMonths(6)), Optional.empty(),
                        ot("viimeisestä avauksesta", "från den senaste öppningen", "from the last opening"), Optional.empty(),
                        Optional.empty(), O),
                new Retention(List.of("health"), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                        ot("Poistamme tiedot, kun tarve päättyy tai peruutat suostumuksesi.",
                                "Vi raderar uppgifterna när behovet upphör eller du återkallar ditt samtycke.",
                                "We erase the data when the need ends or you withdraw consent."),
                        Optional.empty(), O))
                .stream().filter(r -> ids.containsAll(r.purposes())).toList();
        List<AutomatedDecision> decisions = List.of(
                new AutomatedDecision("credit-check", t("Luottopäätös", "Kreditbeslut", "Credit decision"), true, true,
                        Optional.of(Art22Exception.CONTRACT), ot("Pisteytys maksuhistorian perusteella", "Poängsättning", "Scoring"),
                        ot("Päättää, saatko laskun", "Avgör om du får faktura", "Decides whether you can pay by invoice"),
                        ot("Maksutapa voi rajoittua", "Betalsättet kan begränsas", "Payment methods may be limited"), O),
                new AutomatedDecision("recommendations", t("Suositukset", "Rekommendationer", "Recommendations"), false, true,
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), O));
        List<Cookie> cookies = List.of(
                new Cookie("session_id", "Aurora Kodinkone Oy", CookieType.NECESSARY,
                        t("Istunnon tunniste", "Sessionsidentifierare", "Session identifier"), Optional.empty(), Optional.empty(), O),
                new Cookie("_ga", "Google Ireland Ltd", CookieType.STATISTICS, t("Kävijätilastot", "Besöksstatistik", "Visitor statistics"),
                        Optional.of(Period.ofMonths(13)), Optional.empty(), O),
                new Cookie("prefs", "Aurora Kodinkone Oy", CookieType.PREFERENCES, t("Kieliasetus", "Språkinställning", "Language setting"),
                        Optional.of(Period.ofYears(1)), Optional.empty(), O));
        Contact contact = new Contact(ot("Asiakaspalvelu", "Kundtjänst", "Customer service"),
                Optional.of("asiakaspalvelu@aurora.example"), Optional.of("+358 9 123 4567"), Optional.empty(), O);
        return new Notice("customers", "aurora", t("Asiakasrekisterin tietosuojaseloste", "Dataskyddsbeskrivning för kundregistret",
                "Privacy notice for the customer register"), List.of(Language.FI, Language.SV, Language.EN), "1.10",
                LocalDate.of(2026, 1, 15), List.of(t("Asiakasrekisteri", "Kundregister", "Customer register"),
                        t("Markkinointirekisteri", "Marknadsföringsregister", "Marketing register")),
                Optional.of(contact), Optional.of(new Children(13, true, O)), subjects, categories, purposes,
                full ? sources : List.of(), disclosures, full ? transfers : List.of(), retention,
                full ? decisions : List.of(), full ? cookies : List.of(),
                List.of(t("Tietoliikenne salataan.", "Datatrafiken krypteras.", "Network traffic is encrypted."),
                        t("Käyttöoikeudet rajataan tehtävien mukaan.", "Behörigheter begränsas efter arbetsuppgift.",
                                "Access rights are limited by role.")),
                Optional.empty(),
                List.of(new Change("1.10", LocalDate.of(2026, 1, 15), t("Lisätty uutiskirje.", "Nyhetsbrev tillagt.", "Added the newsletter."), O),
                        new Change("1.9", LocalDate.of(2025, 6, 1), t("Ensimmäinen versio.", "Första versionen.", "First version."), O)),
                O);
    }
}
