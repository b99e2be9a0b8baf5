package vn.dva.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.dva.extract.DirectiveCitation;
import vn.dva.extract.DirectiveRelation;
import vn.dva.extract.ExtractedDocument;
import vn.dva.extract.ReviewAnnouncement;
import vn.dva.index.DocumentIndexer;

/** A small index of articles written for these tests, in the shape of real provincial news. */
final class TestIndex {

  static final String HOSTILE_TITLE =
      "<script>alert('tiêu đề')</script> Tin \"độc\" <img src=x onerror=alert(1)>";

  private TestIndex() {}

  static final DirectiveCitation NQ25_2013 =
      new DirectiveCitation("25-NQ/TW", "NQ", "TW", LocalDate.of(2013, 6, 3), null, 2);
  static final DirectiveCitation NQ25_2008 =
      new DirectiveCitation("25-NQ/TW", "NQ", "TW", LocalDate.of(2008, 7, 25), null, 1);
  static final DirectiveCitation CT18_LS =
      new DirectiveCitation("18-CT/TU", "CT", "TU", LocalDate.of(2022, 11, 4), "Lạng Sơn", 1);
  static final DirectiveCitation CT23 =
      new DirectiveCitation("23-CT/TW", "CT", "TW", LocalDate.of(2013, 1, 5), null, 1);
  static final DirectiveCitation KL43 =
      new DirectiveCitation("43-KL/TW", "KL", "TW", LocalDate.of(2019, 1, 7), null, 1);
  static final DirectiveCitation QD217 =
      new DirectiveCitation("217-QĐ/TW", "QĐ", "TW", LocalDate.of(2013, 12, 12), null, 1);

  static List<ExtractedDocument> documents() {
    return List.of(
        doc(
            "https://binhphuoc.dcs.vn/tin/dan-van-kheo-2023",
            "Phong trào thi đua “Dân vận khéo” năm 2023",
            LocalDate.of(2023, 1, 19),
            "Bình Phước",
            "binhphuoc.dcs.vn",
            "Ban Dân vận Tỉnh ủy Bình Phước tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 "
                + "về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận. Phong trào dân vận khéo lan tỏa.",
            List.of(NQ25_2013),
            List.of(new ReviewAnnouncement("25-NQ/TW", LocalDate.of(2013, 6, 3), 10, "tổng kết"))),
        doc(
            "https://langson.dcs.vn/tin/chi-thi-18",
            "Lạng Sơn triển khai Chỉ thị số 18-CT/TU về công tác dân vận",
            LocalDate.of(2023, 3, 2),
            "Lạng Sơn",
            "langson.dcs.vn",
            "Chỉ thị số 18-CT/TU, ngày 04/11/2022 của Ban Thường vụ Tỉnh ủy Lạng Sơn về nâng cao chất lượng công tác dân vận "
                + "của hệ thống chính trị. Các cấp ủy quán triệt Nghị quyết 25-NQ/TW.",
            List.of(CT18_LS, NQ25_2013),
            List.of()),
        doc(
            "https://hagiang.dcs.vn/tin/mat-tran-2018",
            "Hà Giang: Mặt trận Tổ quốc với cuộc vận động đoàn kết",
            LocalDate.of(2018, 5, 10),
            "Hà Giang",
            "hagiang.dcs.vn",
            "Sơ kết 5 năm thực hiện Chỉ thị 23-CT/TW ngày 05/01/2013 và Quyết định 217-QĐ/TW về giám sát, phản biện xã hội "
                + "của Mặt trận Tổ quốc. Đồng bào dân tộc thiểu số tin tưởng.",
            List.of(CT23, QD217),
            List.of(new ReviewAnnouncement("23-CT/TW", LocalDate.of(2013, 1, 5), 5, "sơ kết"))),
        doc(
            "https://tuyenquang.dcs.vn/tin/thanh-nien-2019",
            "Tuyên Quang học tập nghị quyết về thanh niên",
            LocalDate.of(2019, 9, 1),
            "Tuyên Quang",
            "tuyenquang.dcs.vn",
            "Mười năm thực hiện Nghị quyết 25-NQ/TW ngày 25/7/2008 về công tác thanh niên thời kỳ đẩy mạnh công nghiệp hóa.",
            List.of(NQ25_2008),
            List.of()),
        doc(
            "https://quangnam.dcs.vn/tin/dan-van-chinh-quyen",
            "Quảng Nam: công tác dân vận chính quyền",
            LocalDate.of(2024, 6, 15),
            "Quảng Nam",
            "quangnam.dcs.vn",
            "Công tác dân vận của chính quyền các cấp gắn với cải cách hành chính, Nghị quyết 25-NQ/TW được quán triệt sâu rộng. "
                + "Kết luận số 43-KL/TW ngày 07/01/2019 về tiếp tục thực hiện Nghị quyết 25-NQ/TW.",
            List.of(NQ25_2013, KL43),
            List.of(),
            List.of(
                new DirectiveRelation(
                    KL43.identity(), DirectiveRelation.CONTINUES, NQ25_2013.identity()))),
        doc(
            "https://binhphuoc.dcs.vn/tin/hoi-nghi-2024",
            "Bình Phước: hội nghị Ban Chỉ đạo Quy chế dân chủ",
            LocalDate.of(2024, 2, 20),
            "Bình Phước",
            "binhphuoc.dcs.vn",
            "Hội nghị bàn giải pháp thực hiện Quy chế dân chủ ở cơ sở, dân biết, dân bàn, dân làm, dân kiểm tra.",
            List.of(),
            List.of()),
        doc(
            "https://example.vn/doc-hai",
            HOSTILE_TITLE,
            LocalDate.of(2022, 8, 8),
            "Hà Nội",
            "example.vn",
            "Nội dung <script>alert(\"xss\")</script> và <b>thẻ</b> & ký tự \"nguy hiểm\" về dân vận.",
            List.of(),
            List.of()));
  }

  private static ExtractedDocument doc(
      String url,
      String title,
      LocalDate published,
      String province,
      String source,
      String text,
      List<DirectiveCitation> citations,
      List<ReviewAnnouncement> reviews) {
    return doc(url, title, published, province, source, text, citations, reviews, List.of());
  }

  private static ExtractedDocument doc(
      String url,
      String title,
      LocalDate published,
      String province,
      String source,
      String text,
      List<DirectiveCitation> citations,
      List<ReviewAnnouncement> reviews,
      List<DirectiveRelation> relations) {
    return new ExtractedDocument(
        url, url, title, published, province, source, "html", text, citations, reviews, relations);
  }

  /** Writes {@link #documents()} into a new index in {@code dir}. */
  static Path build(Path dir) throws IOException {
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      for (ExtractedDocument d : documents()) indexer.add(d);
      indexer.commit();
    }
    return dir;
  }
}
