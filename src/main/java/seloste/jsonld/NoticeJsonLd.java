package seloste.jsonld;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import seloste.model.Address;
import seloste.model.CategoryKind;
import seloste.model.Contact;
import seloste.model.Controller;
import seloste.model.DataCategory;
import seloste.model.Disclosure;
import seloste.model.Language;
import seloste.model.LocalizedText;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.PurposeScope;
import seloste.model.Recipient;
import seloste.model.Repository;
import seloste.model.Retention;
import seloste.model.Transfer;

/**
 * A notice as JSON-LD in the Data Privacy Vocabulary: a {@code dpv:PrivacyNotice} of a
 * {@code dpv:DataController} with one {@code dpv:Process} per purpose, each with its purpose, legal
 * bases, personal data, data subjects, recipients, transfers, storage durations and security measures.
 * The context is written inline, so no processor needs the network to read it. The same notice gives
 * the same bytes; the text can be put into a {@code <script type="application/ld+json">} as it is.
 */
public final class NoticeJsonLd {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Repository repository;
    private final Notice notice;
    private final Language language;
    /** Every node of the graph by its blank node id, in the order first met. */
    private final Map<String, ObjectNode> nodes = new LinkedHashMap<>();

    private NoticeJsonLd(Repository repository, Notice notice, Language language) {
        this.repository = repository;
        this.notice = notice;
        this.language = language;
    }

    /** The JSON-LD document of {@code notice} in {@code language}. */
    public static String of(Repository repository, Notice notice, Language language) {
        return ScriptSafeJson.write(new NoticeJsonLd(repository, notice, language).document());
    }

    private ObjectNode document() {
        ObjectNode doc = JSON.objectNode();
        ObjectNode context = doc.putObject("@context");
        context.put("dpv", Vocabulary.DPV);
        context.put("eu-gdpr", Vocabulary.EU_GDPR);
        context.put("loc", Vocabulary.LOC);
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("owl", "http://www.w3.org/2002/07/owl#");
        context.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        context.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        ObjectNode n = node("notice", "dpv:PrivacyNotice");
        n.put("dct:identifier", notice.id());
        text(n, "dct:title", notice.title());
        n.put("dct:language", language.code());
        n.put("owl:versionInfo", notice.version());
        n.putObject("dct:valid").put("@value", notice.effective().toString()).put("@type", "xsd:date");
        repository.controller(notice.controller()).ifPresent(c -> n.set("dpv:hasDataController", ref(controller(c))));
        ArrayNode processes = n.putArray("dpv:hasProcess");
        List<String> measures = measures();
        for (Purpose p : notice.purposes()) {
            processes.add(ref(process(p, measures)));
        }
        ArrayNode graph = doc.putArray("@graph");
        nodes.values().forEach(graph::add);
        return doc;
    }

    private String controller(Controller c) {
        String id = "controller-" + c.id();
        ObjectNode n = node(id, "dpv:DataController");
        text(n, "dpv:hasName", c.name());
        c.businessId().ifPresent(b -> n.put("dpv:hasIdentifier", b));
        address(n, c.postalAddress());
        ArrayNode contact = JSON.arrayNode();
        c.email().ifPresent(e -> contact.add(iri("mailto:" + e)));
        c.phone().ifPresent(p -> contact.add(iri("tel:" + p.replaceAll("[^+0-9]", ""))));
        c.website().ifPresent(w -> contact.add(iri(w)));
        putAll(n, "dpv:hasContact", contact);
        c.dpo().ifPresent(d -> n.set("dpv:hasDataProtectionOfficer",
                ref(contact("dpo", "dpv:DataProtectionOfficer", d))));
        c.representative().ifPresent(r -> n.set("dpv:hasRepresentative",
                ref(contact("representative", "dpv:Representative", r))));
        return id;
    }

    private String contact(String id, String type, Contact c) {
        ObjectNode n = node(id, type);
        c.name().ifPresent(name -> text(n, "dpv:hasName", name));
        c.address().ifPresent(a -> address(n, a));
        ArrayNode contact = JSON.arrayNode();
        c.email().ifPresent(e -> contact.add(iri("mailto:" + e)));
        c.phone().ifPresent(p -> contact.add(iri("tel:" + p.replaceAll("[^+0-9]", ""))));
        putAll(n, "dpv:hasContact", contact);
        return id;
    }

    private void address(ObjectNode n, Address a) {
        String city = (a.postalCode() + " " + a.city().get(language)).strip();
        String line = a.street().get(language).isBlank() ? city : a.street().get(language) + ", " + city;
        n.set("dpv:hasAddress", literal(line, true));
        n.set("dpv:hasCountry", iri(Vocabulary.country(a.country())));
    }

    private String process(Purpose p, List<String> measures) {
        String id = "process-" + p.id();
        ObjectNode n = node(id, "dpv:Process");
        ObjectNode purpose = node("purpose-" + p.id(), "dpv:Purpose");
        text(purpose, "rdfs:label", p.name());
        p.description().ifPresent(d -> text(purpose, "dct:description", d));
        n.set("dpv:hasPurpose", ref("purpose-" + p.id()));
        ArrayNode bases = JSON.arrayNode();
        p.basis().ifPresent(b -> bases.add(iri(Vocabulary.basis(b))));
        p.art9Condition().ifPresent(c -> bases.add(iri(Vocabulary.condition(c))));
        putAll(n, "dpv:hasLegalBasis", bases);
        p.legitimateInterest().ifPresent(li -> {
            ObjectNode j = n.putObject("dpv:hasJustification");
            j.put("@type", "dpv:Justification");
            text(j, "dct:description", li);
        });
        ArrayNode laws = JSON.arrayNode();
        for (Optional<LocalizedText> law : List.of(p.law(), p.art9Law(), p.criminalDataLaw())) {
            law.ifPresent(l -> laws.add(law(l)));
        }
        putAll(n, "dpv:hasApplicableLaw", laws);
        putAll(n, "dpv:hasPersonalData", refs(p.data().stream().map(this::data).toList()));
        putAll(n, "dpv:hasDataSubject", refs(p.subjects().stream().map(this::subject).toList()));
        putAll(n, "dpv:hasRecipient", refs(PurposeScope.recipients(notice, p).stream()
                .map(Disclosure::recipient).map(this::recipient).toList()));
        putAll(n, "dpv:hasProcess", refs(PurposeScope.transfers(notice, p).stream().map(this::transfer).toList()));
        putAll(n, "dpv:hasStorageCondition", refs(PurposeScope.retention(notice, p).stream()
                .map(this::retention).toList()));
        putAll(n, "dpv:hasTechnicalOrganisationalMeasure", refs(measures));
        return id;
    }

    private String data(String categoryId) {
        String id = "data-" + categoryId;
        if (!nodes.containsKey(id)) {
            Optional<DataCategory> c = notice.category(categoryId);
            ObjectNode n = node(id, Vocabulary.data(c.map(DataCategory::kind).orElse(CategoryKind.ORDINARY)));
            c.ifPresent(cat -> {
                text(n, "rdfs:label", cat.name());
                cat.examples().ifPresent(e -> text(n, "dct:description", e));
            });
        }
        return id;
    }

    private String subject(String subjectId) {
        String id = "subject-" + subjectId;
        if (!nodes.containsKey(id)) {
            ObjectNode n = node(id, "dpv:DataSubject");
            notice.subjects().stream().filter(s -> s.id().equals(subjectId)).findFirst().ifPresent(s -> {
                text(n, "rdfs:label", s.name());
                s.description().ifPresent(d -> text(n, "dct:description", d));
            });
        }
        return id;
    }

    private String recipient(String recipientId) {
        String id = "recipient-" + recipientId;
        if (!nodes.containsKey(id)) {
            Optional<Recipient> r = repository.recipient(recipientId);
            ObjectNode n = node(id, r.map(x -> Vocabulary.recipient(x.role())).orElse(List.of("dpv:Recipient")));
            r.ifPresent(x -> {
                text(n, "dpv:hasName", x.name());
                x.description().ifPresent(d -> text(n, "dct:description", d));
                n.set("dpv:hasCountry", iri(Vocabulary.country(x.country())));
            });
        }
        return id;
    }

    private String transfer(Transfer t) {
        String id = "transfer-" + t.recipient() + "-" + t.country().toLowerCase(java.util.Locale.ROOT);
        if (!nodes.containsKey(id)) {
            ObjectNode n = node(id, "dpv:Process");
            n.set("dpv:hasProcessing", iri("dpv:Transfer"));
            n.set("dpv:hasRecipient", ref(recipient(t.recipient())));
            n.set("dpv:hasThirdCountry", iri(Vocabulary.country(t.country())));
            n.set("dpv:hasLegalBasis", iri(Vocabulary.transfer(t)));
            t.safeguardsCopy().ifPresent(s -> text(n, "dct:description", s));
        }
        return id;
    }

    private String retention(Retention r) {
        String id = "retention-" + (notice.retention().indexOf(r) + 1);
        if (!nodes.containsKey(id)) {
            ObjectNode n = node(id, "dpv:StorageDuration");
            r.period().ifPresent(p -> {
                ObjectNode d = n.putObject("dpv:hasDuration");
                d.put("@type", "dpv:TemporalDuration");
                d.putObject("rdf:value").put("@value", p.toString()).put("@type", "xsd:duration");
            });
            putAll(n, "dpv:hasPersonalData", refs(r.data().stream().map(this::data).toList()));
            ArrayNode about = JSON.arrayNode();
            r.fromText().ifPresent(t -> about.add(localized(t)));
            r.criteria().ifPresent(t -> about.add(localized(t)));
            putAll(n, "dct:description", about);
            r.law().ifPresent(l -> n.set("dpv:hasApplicableLaw", law(l)));
        }
        return id;
    }

    private List<String> measures() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < notice.security().size(); i++) {
            String id = "measure-" + (i + 1);
            text(node(id, "dpv:TechnicalOrganisationalMeasure"), "dct:description", notice.security().get(i));
            ids.add(id);
        }
        return ids;
    }

    private ObjectNode law(LocalizedText l) {
        ObjectNode n = JSON.objectNode();
        n.put("@type", "dpv:Law");
        text(n, "rdfs:label", l);
        return n;
    }

    private ObjectNode node(String id, String type) {
        return node(id, List.of(type));
    }

    private ObjectNode node(String id, List<String> types) {
        ObjectNode n = JSON.objectNode();
        n.put("@id", "_:" + id);
        if (types.size() == 1) {
            n.put("@type", types.get(0));
        } else {
            ArrayNode t = n.putArray("@type");
            types.forEach(t::add);
        }
        nodes.put(id, n);
        return n;
    }

    private void text(ObjectNode n, String property, LocalizedText t) {
        if (t.in(language).isPresent()) {
            n.set(property, localized(t));
        }
    }

    /** The text in the notice's language, tagged with it unless it reads the same in every language. */
    private ObjectNode localized(LocalizedText t) {
        return literal(t.get(language), !t.uniform());
    }

    private ObjectNode literal(String value, boolean tagged) {
        ObjectNode v = JSON.objectNode().put("@value", value.strip().replaceAll("\\s+", " "));
        if (tagged) {
            v.put("@language", language.code());
        }
        return v;
    }

    private static ObjectNode iri(String iri) {
        return JSON.objectNode().put("@id", iri);
    }

    private static ObjectNode ref(String id) {
        return iri("_:" + id);
    }

    private static ArrayNode refs(List<String> ids) {
        ArrayNode a = JSON.arrayNode();
        ids.stream().distinct().forEach(id -> a.add(ref(id)));
        return a;
    }

    /** Sets {@code property} to the values, or leaves it out when there are none. */
    private static void putAll(ObjectNode n, String property, ArrayNode values) {
        if (!values.isEmpty()) {
            n.set(property, values);
        }
    }
}
