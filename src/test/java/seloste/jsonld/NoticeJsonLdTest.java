package seloste.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import seloste.load.LoadResult;
import seloste.load.Loader;
import seloste.model.Language;
import seloste.model.LocalizedText;
import seloste.model.Notice;
import seloste.model.Purpose;
import seloste.model.Repository;
import seloste.model.SourcePosition;

/**
 * The machine-readable notices of the examples, expanded by a JSON-LD 1.1 processor (Titanium) that is
 * not allowed to fetch anything: every document must expand without errors, use only DPV terms that
 * the DPV 2 specification defines, and state each purpose's legal bases as the EU GDPR extension's
 * article concepts.
 */
class NoticeJsonLdTest {

    private static final String DPV = "https://w3id.org/dpv#";
    private static final String GDPR = "https://w3id.org/dpv/legal/eu/gdpr#";
    private static final String LOC = "https://w3id.org/dpv/loc#";
    /** Every DPV term the writer may use, each checked against the DPV 2 term lists. */
    private static final Set<String> DPV_TERMS = Set.of("PrivacyNotice", "DataController", "DataProtectionOfficer",
            "Representative", "Process", "Purpose", "PersonalData", "SpecialCategoryPersonalData",
            "SensitivePersonalData", "DataSubject", "Recipient", "DataProcessor", "Authority", "Transfer",
            "StorageDuration", "TemporalDuration", "TechnicalOrganisationalMeasure", "Law", "Justification",
            "DataTransferLegalBasis", "hasDataController", "hasProcess", "hasName", "hasIdentifier", "hasAddress",
            "hasCountry", "hasContact", "hasDataProtectionOfficer", "hasRepresentative", "hasPurpose",
            "hasLegalBasis", "hasJustification", "hasApplicableLaw", "hasPersonalData", "hasDataSubject",
            "hasRecipient", "hasStorageCondition", "hasTechnicalOrganisationalMeasure", "hasProcessing",
            "hasThirdCountry", "hasDuration");
    /** The EU GDPR extension's legal bases, as DPV names them. */
    private static final Set<String> GDPR_TERMS = Set.of("A6-1-a", "A6-1-b", "A6-1-c", "A6-1-d", "A6-1-e", "A6-1-f",
            "A9-2-a", "A9-2-b", "A9-2-c", "A9-2-d", "A9-2-e", "A9-2-f", "A9-2-g", "A9-2-h", "A9-2-i", "A9-2-j",
            "A45-3", "A46-2-b", "A46-2-c", "A46-2-e", "A46-2-f", "A49-1-a", "A49-1-b", "A49-1-c", "A49-1-d",
            "A49-1-e", "A49-1-f", "A49-1-g", "A49-2");
    /** Refuses every remote document: the context is inline, so nothing may be fetched. */
    private static final DocumentLoader OFFLINE = (url, options) -> {
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline: " + url);
    };

    private static Repository examples;

    @BeforeAll
    static void loadTheExamples() {
        LoadResult loaded = new Loader(Path.of(".")).load(List.of(Path.of("notices")));
        assertThat(loaded.problems()).isEmpty();
        examples = loaded.repository();
    }

    static Stream<Arguments> noticesAndLanguages() {
        LoadResult loaded = new Loader(Path.of(".")).load(List.of(Path.of("notices")));
        return loaded.repository().notices().stream()
                .flatMap(n -> n.languages().stream().map(l -> Arguments.of(n.id(), l)));
    }

    private static Notice notice(String id) {
        return examples.notices().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    private static JsonArray expand(String json) throws JsonLdError {
        return JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(OFFLINE).get();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("noticesAndLanguages")
    void expandsWithoutErrorsUsingOnlyDefinedTerms(String id, Language language) throws Exception {
        String json = NoticeJsonLd.of(examples, notice(id), language);
        JsonArray expanded = expand(json);
        assertThat(expanded).isNotEmpty();
        Set<String> iris = new HashSet<>();
        collect(expanded, iris);
        assertThat(iris).allSatisfy(iri -> assertThat(iri).matches("(_:|https?://|mailto:|tel:).+"));
        for (String iri : iris) {
            if (iri.startsWith(DPV)) {
                assertThat(DPV_TERMS).as("DPV term %s", iri).contains(iri.substring(DPV.length()));
            } else if (iri.startsWith(GDPR)) {
                assertThat(GDPR_TERMS).as("EU GDPR term %s", iri).contains(iri.substring(GDPR.length()));
            } else if (iri.startsWith(LOC)) {
                assertThat(iri.substring(LOC.length())).matches("[A-Z]{2}");
            }
        }
        // a key that no context maps to an IRI would be dropped by expansion without a word
        assertThat(keys(new ObjectMapper().readTree(json))).allSatisfy(k -> assertThat(k).matches(
                "@(context|graph|id|type|value|language)|(dpv|eu-gdpr|loc|dct|owl|rdf|rdfs|xsd):[A-Za-z0-9-]+"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("noticesAndLanguages")
    void eachPurposeIsAProcessWithItsLegalBasesAsGdprArticleConcepts(String id, Language language) throws Exception {
        Notice notice = notice(id);
        Map<String, JsonObject> nodes = nodes(expand(NoticeJsonLd.of(examples, notice, language)));
        for (Purpose p : notice.purposes()) {
            JsonObject process = nodes.get("_:process-" + p.id());
            assertThat(process).as("process of %s", p.id()).isNotNull();
            List<String> expected = new ArrayList<>();
            p.basis().ifPresent(b -> expected.add(GDPR + "A6-1-" + point(b.article())));
            p.art9Condition().ifPresent(c -> expected.add(GDPR + "A9-2-" + point(c.article())));
            assertThat(ids(process, DPV + "hasLegalBasis")).containsExactlyElementsOf(expected);
            assertThat(ids(process, DPV + "hasPersonalData")).hasSize(p.data().size());
        }
    }

    @Test
    void theCustomersNoticeStatesItsTransfersGroundsAndController() throws Exception {
        Map<String, JsonObject> nodes = nodes(expand(NoticeJsonLd.of(examples, notice("customers"), Language.EN)));
        JsonObject scc = nodes.get("_:transfer-web-analytics-us");
        assertThat(ids(scc, DPV + "hasLegalBasis")).containsExactly(GDPR + "A46-2-c");
        assertThat(ids(scc, DPV + "hasThirdCountry")).containsExactly(LOC + "US");
        assertThat(ids(scc, DPV + "hasProcessing")).containsExactly(DPV + "Transfer");
        assertThat(ids(nodes.get("_:transfer-newsletter-platform-us"), DPV + "hasLegalBasis"))
                .containsExactly(GDPR + "A45-3");
        assertThat(ids(nodes.get("_:process-web-analytics"), DPV + "hasProcess"))
                .containsExactly("_:transfer-web-analytics-us");
        assertThat(ids(nodes.get("_:notice"), DPV + "hasDataController")).containsExactly("_:controller-aurora");
        JsonObject controller = nodes.get("_:controller-aurora");
        assertThat(ids(controller, DPV + "hasContact")).contains("mailto:info@aurora.example.fi", "tel:+358942891000");
        Notice customers = notice("customers");
        assertThat(values(nodes.get("_:purpose-orders"), "http://www.w3.org/2000/01/rdf-schema#label"))
                .containsExactly(customers.purpose("orders").orElseThrow().name().get(Language.EN) + "@en");
        int tenYears = customers.retention().indexOf(customers.retention().stream()
                .filter(r -> r.period().map(java.time.Period.ofYears(10)::equals).orElse(false)).findFirst()
                .orElseThrow());
        JsonObject bookkeeping = nodes.get("_:retention-" + (tenYears + 1));
        assertThat(bookkeeping.getJsonArray(DPV + "hasDuration").getJsonObject(0)
                .getJsonArray("http://www.w3.org/1999/02/22-rdf-syntax-ns#value").getJsonObject(0).toString())
                .isEqualTo("{\"@value\":\"P10Y\",\"@type\":\"http://www.w3.org/2001/XMLSchema#duration\"}");
    }

    @Test
    void markupInATextCannotCloseTheScriptElementItIsEmbeddedIn() throws Exception {
        Notice n = notice("newsletter");
        String hostile = "</script><script>alert(1)</script> & <!-- --> \"quoted\"";
        Notice changed = new Notice(n.id(), n.controller(), LocalizedText.uniform(hostile,
                SourcePosition.wholeFile("x")), n.languages(), n.version(), n.effective(), n.registers(), n.contact(),
                n.children(), n.subjects(), n.categories(), n.purposes(), n.sources(), n.recipients(), n.transfers(),
                n.retention(), n.automatedDecisions(), n.cookies(), n.security(), n.rightsRequests(), n.changes(),
                n.origin());
        String json = NoticeJsonLd.of(examples, changed, Language.FI);
        assertThat(json).doesNotContain("<", ">", "&").contains("\\u003C/script\\u003E");
        JsonObject notice = nodes(expand(json)).get("_:notice");
        assertThat(values(notice, "http://purl.org/dc/terms/title")).containsExactly(hostile);
    }

    @Test
    void theSameNoticeGivesTheSameBytes() {
        Notice n = notice("customers");
        assertThat(NoticeJsonLd.of(examples, n, Language.SV)).isEqualTo(NoticeJsonLd.of(examples, n, Language.SV))
                .startsWith("{\n  \"@context\": {\n    \"dpv\": \"https://w3id.org/dpv#\",");
    }

    /** {@code b} of {@code 6(1)(b)}. */
    private static char point(String article) {
        return article.charAt(article.length() - 2);
    }

    private static Map<String, JsonObject> nodes(JsonArray expanded) {
        Map<String, JsonObject> out = new java.util.HashMap<>();
        for (JsonValue graph : expanded) {
            JsonArray members = graph.asJsonObject().getJsonArray("@graph");
            for (JsonValue v : members == null ? List.of(graph) : members) {
                JsonObject o = v.asJsonObject();
                out.put(o.getString("@id"), o);
            }
        }
        return out;
    }

    private static List<String> ids(JsonObject node, String property) {
        JsonArray a = node.getJsonArray(property);
        return a == null ? List.of() : a.stream().map(v -> v.asJsonObject().getString("@id")).toList();
    }

    private static List<String> values(JsonObject node, String property) {
        return node.getJsonArray(property).stream().map(JsonValue::asJsonObject).map(o -> o.getString("@value")
                + (o.containsKey("@language") ? "@" + o.getString("@language") : "")).toList();
    }

    /** Every IRI in an expanded document: property names, types and node references. */
    private static void collect(JsonValue v, Set<String> iris) {
        if (v instanceof JsonArray a) {
            a.forEach(x -> collect(x, iris));
        } else if (v instanceof JsonObject o) {
            for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                if (!e.getKey().startsWith("@")) {
                    iris.add(e.getKey());
                    collect(e.getValue(), iris);
                } else if (e.getKey().equals("@id") && e.getValue() instanceof JsonString s) {
                    iris.add(s.getString());
                } else if (e.getKey().equals("@type") && !o.containsKey("@value")) {
                    e.getValue().asJsonArray().forEach(t -> iris.add(((JsonString) t).getString()));
                } else if (e.getKey().equals("@graph")) {
                    collect(e.getValue(), iris);
                }
            }
        }
    }

    private static List<String> keys(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("@context")) {
                    out.add(e.getKey());
                    out.addAll(keys(e.getValue()));
                } else {
                    out.add("@context");
                }
            }
        } else if (n.isArray()) {
            n.forEach(x -> out.addAll(keys(x)));
        }
        return out;
    }
}
