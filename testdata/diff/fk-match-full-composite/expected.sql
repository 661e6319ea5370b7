ALTER TABLE offices ADD CONSTRAINT offices_country_region_fkey FOREIGN KEY (country, region) REFERENCES regions (country, code) MATCH FULL;
