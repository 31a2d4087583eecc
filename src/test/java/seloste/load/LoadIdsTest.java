package seloste.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import seloste.check.Checker;
import seloste.check.RuleInfo;

/** Every id the loader can report is in the catalogue users list and SARIF describes. */
class LoadIdsTest {

    @Test
    void everyLoaderIdIsDescribedInTheCatalogue() throws IllegalAccessException {
        List<String> ids = new ArrayList<>();
        for (Field f : LoadIds.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                ids.add((String) f.get(null));
            }
        }
        List<String> catalogue = new Checker().catalogue().stream().map(RuleInfo::id).toList();
        assertThat(ids).isNotEmpty();
        assertThat(catalogue).containsAll(ids);
    }
}
