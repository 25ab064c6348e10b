package vn.thidua.it;

/**
 * The people of the authorisation tests, in both login modes: a demo account (password
 * ThiDua@2024) and the same person as the province's identity provider describes them
 * (groups and agency code, configured for the single sign-on run in ear/pom.xml).
 */
enum Person {

    BOARD_LEADER("lanhdaoban", "{\"preferred_username\": \"lanhdaoban\", \"name\": \"Trần Văn Hùng\","
            + " \"groups\": [\"thidua-lanh-dao-ban\", \"can-bo-so-noi-vu\"], \"ma_don_vi\": \"BTDKT\"}"),
    BOARD_SPECIALIST("chuyenvien", "{\"preferred_username\": \"chuyenvien\", \"name\": \"Nguyễn Thị Thu\","
            + " \"groups\": [\"thidua-chuyen-vien\"]}"),
    WOMEN_UNION("hlhpn", "{\"preferred_username\": \"hlhpn\", \"name\": \"H'Mai Niê\","
            + " \"groups\": [\"thidua-don-vi\"], \"ma_don_vi\": \"HLHPN\"}"),
    YOUTH_UNION("tinhdoan", "{\"preferred_username\": \"tinhdoan\", \"name\": \"Y Đoàn Êban\","
            + " \"groups\": [\"thidua-don-vi\"], \"ma_don_vi\": \"TDOAN\"}"),
    FINANCE("sotc", "{\"preferred_username\": \"sotc\", \"name\": \"Hoàng Văn Tài\","
            + " \"groups\": \"thidua-don-vi\", \"ma_don_vi\": \"STC\"}");

    final String username;
    final String claims;

    Person(String username, String claims) {
        this.username = username;
        this.claims = claims;
    }
}
