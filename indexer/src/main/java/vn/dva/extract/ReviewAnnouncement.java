package vn.dva.extract;

import java.time.LocalDate;

/**
 * A review that a document plans or reports: "sơ kết 05 năm thực hiện Chỉ thị số 19-CT/TW ngày
 * 10/01/2018".
 *
 * @param number canonical number of the reviewed directive
 * @param issued its issue date, or null when the text gives none
 * @param years anniversary in years (5, 10, 15, …)
 * @param kind "sơ kết" or "tổng kết"
 */
public record ReviewAnnouncement(String number, LocalDate issued, int years, String kind) {}
