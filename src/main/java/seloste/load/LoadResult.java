package seloste.load;

import java.util.List;
import seloste.model.Repository;

/**
 * What a load produced: the model of everything that could be read, every problem found on the way,
 * and the files read, as the user names them.
 */
public record LoadResult(Repository repository, List<Problem> problems, List<String> files) {

    public LoadResult {
        problems = List.copyOf(problems);
        files = List.copyOf(files);
    }
}
