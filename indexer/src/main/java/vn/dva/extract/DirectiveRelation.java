package vn.dva.extract;

/**
 * A relation the text states between two directive identities: "Kết luận số 43-KL/TW … về tiếp tục
 * thực hiện Nghị quyết số 25-NQ/TW" gives 43-KL/TW@2019 —tiếp tục thực hiện→ 25-NQ/TW@2013.
 *
 * @param from identity key of the acting directive ({@link DirectiveCitation#identity()})
 * @param kind one of {@link #CONTINUES}, {@link #IMPLEMENTS}, {@link #REPLACES}, or "sơ kết N năm
 *     thực hiện" / "tổng kết N năm thực hiện"
 * @param to identity key of the directive acted upon
 */
public record DirectiveRelation(String from, String kind, String to) {

  /** "tiếp tục thực hiện": a later document renews an earlier one. */
  public static final String CONTINUES = "tiếp tục thực hiện";

  /** "thực hiện": a plan or guide implements a directive. */
  public static final String IMPLEMENTS = "thực hiện";

  /** "thay thế": the first document replaces the second. */
  public static final String REPLACES = "thay thế";
}
