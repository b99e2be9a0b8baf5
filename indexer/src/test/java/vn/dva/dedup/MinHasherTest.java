package vn.dva.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MinHasherTest {

  /** The shingles as first written: folded syllables as strings, FNV-1a over each run of three. */
  static long[] reference(String text) {
    List<String> syllables = MinHasher.syllables(text);
    if (syllables.size() < MinHasher.SHINGLE) return new long[0];
    long[] out = new long[syllables.size() - MinHasher.SHINGLE + 1];
    for (int i = 0; i < out.length; i++) {
      long h = 0xcbf29ce484222325L;
      for (int j = 0; j < MinHasher.SHINGLE; j++) {
        String s = syllables.get(i + j);
        for (int k = 0; k < s.length(); k++) {
          h ^= s.charAt(k);
          h *= 0x100000001b3L;
        }
        h ^= ' ';
        h *= 0x100000001b3L;
      }
      out[i] = h;
    }
    return java.util.Arrays.stream(out).sorted().distinct().toArray();
  }

  static Stream<String> texts() {
    return Stream.of(
        StoryLinkerTest.WHOLE,
        java.text.Normalizer.normalize(StoryLinkerTest.WHOLE, java.text.Normalizer.Form.NFD),
        "ĐẢNG BỘ TỈNH Đắk Lắk hoà hòa HÒA THUẬN, Nghị quyết số 25-NQ/TW ngày 03/6/2013",
        "ΟΔΥΣΣΕΥΣ ΣΟΦΟΣ ΣΑΣ và thêm ba chữ",
        "İSTANBUL İzmir ile Ankara arası çok uzak",
        "한국어 문장 하나 둘 셋 넷 và tiếng Việt",
        "emoji 😀 giữa 𝐀𝐁𝐂 hai chữ toán học rồi tiếp",
        "a\u0301 b\u0300c d\u0323\u0302e   ,,, x y z",
        "",
        "một hai");
  }

  @ParameterizedTest
  @MethodSource("texts")
  void shinglesAreThoseOfTheFoldedSyllables(String text) {
    assertThat(MinHasher.shingles(text)).containsExactly(reference(text));
  }

  @Test
  void shinglesOfRandomTextAreThoseOfTheFoldedSyllables() {
    SplittableRandom r = new SplittableRandom(14);
    String alphabet = "aăâeêioôơuưyđĐÁÀẢÃẠáàảãạ ,.-\u0301\u0300\u0323ΣσİıßﬁÅΩ\u2126😀";
    for (int n = 0; n < 2_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = r.nextInt(60);
      for (int i = 0; i < length; i++) {
        if (r.nextInt(10) == 0) text.append((char) r.nextInt(0x3000));
        else text.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String t = text.toString();
      assertThat(MinHasher.shingles(t)).as("%s", t).containsExactly(reference(t));
    }
  }
}
