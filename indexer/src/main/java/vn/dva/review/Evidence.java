package vn.dva.review;

/**
 * An article that plans or reports a review.
 *
 * @param id document id in the index
 * @param title its title
 * @param snippet the words of the announcement ("Tổng kết 10 năm thực hiện Chỉ thị số 23-CT/TW …")
 */
public record Evidence(String id, String title, String snippet) {}
