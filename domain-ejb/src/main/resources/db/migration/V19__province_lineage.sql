-- Issue 15, item 2: provinces are dated records with a lineage, like units. When a
-- province's records end (Đắk Nông on 30 June 2025), its successor (Lâm Đồng) carries
-- them on from the next day. Each province also keeps the rule its streaks follow.
ALTER TABLE province
    ADD COLUMN valid_from   DATE        NOT NULL DEFAULT '2000-01-01',
    ADD COLUMN valid_to     DATE        NULL,
    ADD COLUMN successor_id BIGINT      NULL,
    ADD COLUMN streak_rule  VARCHAR(30) NOT NULL DEFAULT 'LONGEST_PREDECESSOR',
    ADD CONSTRAINT fk_province_successor FOREIGN KEY (successor_id) REFERENCES province (id),
    ADD CONSTRAINT ck_province_dates CHECK (valid_to IS NULL OR valid_to >= valid_from),
    ADD CONSTRAINT ck_province_lineage CHECK ((valid_to IS NULL) = (successor_id IS NULL));
