package seloste.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A purpose of processing with its legal basis (Art. 13(1)(c)). The basis is optional in the model
 * so that a purpose without one is reported by a rule, at its position, not lost by the loader.
 *
 * @param law the Union or Finnish law behind a 6(1)(c) or (e) basis (Art. 6(3))
 * @param art9Law the law an Art. 9(2)(b), (g)-(j) condition rests on
 * @param criminalDataLaw the law authorising Art. 10 processing
 * @param withdrawal how consent is withdrawn (Art. 7(3))
 * @param data ids of the data categories the purpose uses
 * @param subjects ids of the data subjects concerned
 */
public record Purpose(String id, LocalizedText name, Optional<LocalizedText> description,
        Optional<LegalBasis> basis, Optional<LocalizedText> legitimateInterest, Optional<LocalizedText> law,
        Optional<Art9Condition> art9Condition, Optional<LocalizedText> art9Law, Optional<LocalizedText> criminalDataLaw,
        Optional<NationalIdGround> nationalIdGround, Optional<Requirement> requirement,
        boolean directMarketing, Optional<LocalizedText> withdrawal, List<String> data, List<String> subjects,
        Origin origin) {

    public Purpose {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(legitimateInterest, "legitimateInterest");
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(art9Condition, "art9Condition");
        Objects.requireNonNull(art9Law, "art9Law");
        Objects.requireNonNull(criminalDataLaw, "criminalDataLaw");
        Objects.requireNonNull(nationalIdGround, "nationalIdGround");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(withdrawal, "withdrawal");
        data = List.copyOf(data);
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(origin, "origin");
    }

    public boolean reliesOn(LegalBasis b) {
        return basis.filter(b::equals).isPresent();
    }
}
