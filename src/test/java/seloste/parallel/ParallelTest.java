package seloste.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ParallelTest {

    @Test
    void resultsComeInTheOrderOfTheItemsWhateverOrderTheyFinishIn() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        List<Integer> squares = Parallel.map(items, i -> {
            // the early items take longest, so they finish last
            busy(200 - i);
            return i * i;
        });
        assertThat(squares).isEqualTo(items.stream().map(i -> i * i).toList());
    }

    @Test
    @Timeout(30)
    void aTaskMayMapInParallelItself() {
        List<Integer> sums = Parallel.map(List.of(10, 20, 30, 40), n -> Parallel.map(
                IntStream.range(0, n).boxed().toList(), i -> i).stream().mapToInt(Integer::intValue).sum());
        assertThat(sums).containsExactly(45, 190, 435, 780);
    }

    @Test
    void anExceptionOfATaskIsThrownToTheCaller() {
        assertThatThrownBy(() -> Parallel.map(List.of(1, 2, 3), i -> {
            if (i == 2) {
                throw new IllegalStateException("item " + i);
            }
            return i;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("item 2");
    }

    private static void busy(int micros) {
        long end = System.nanoTime() + micros * 1000L;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
