// Words MySQL and MariaDB reserve; identifiers spelled like them are quoted with backticks.
// The dialect starts with MySQL's list and switches to MariaDB's once it knows the server.
export const MYSQL_RESERVED_WORDS: ReadonlySet<string> = new Set(
  `accessible add all alter analyze and as asc asensitive before between bigint binary blob both by call cascade case change char character check collate column condition constraint continue convert create cross cube cume_dist current_date current_role current_time current_timestamp current_user cursor database databases day_hour day_microsecond day_minute day_second dec decimal declare default delayed delete dense_rank desc describe deterministic distinct distinctrow div double drop dual each else elseif empty enclosed escaped except exists exit explain false fetch first_value float float4 float8 for force foreign from fulltext function general generated get grant group grouping groups having high_priority hour_microsecond hour_minute hour_second if ignore ignore_server_ids in index infile inner inout insensitive insert int int1 int2 int3 int4 int8 integer intersect interval into io_after_gtids io_before_gtids is iterate join json_table key keys kill lag last_value lateral lead leading leave left like limit linear lines load localtime localtimestamp lock long longblob longtext loop low_priority master_bind master_heartbeat_period master_ssl_verify_server_cert match maxvalue mediumblob mediumint mediumtext middleint minute_microsecond minute_second mod modifies natural not no_write_to_binlog nth_value ntile null numeric of offset on optimize optimizer_costs option optionally or order out outer outfile over parse_gcol_expr partition percent_rank precision primary procedure purge range rank read reads read_write real recursive references regexp release rename repeat replace require resignal restrict return returning revoke right rlike row row_number rows schema schemas second_microsecond select sensitive separator set show signal slow smallint spatial specific sql sqlexception sqlstate sqlwarning sql_big_result sql_calc_found_rows sql_small_result ssl starting stored straight_join system table terminated then tinyblob tinyint tinytext to trailing trigger true undo union unique unlock unsigned update usage use using utc_date utc_time utc_timestamp values varbinary varchar varcharacter varying virtual when where while window with write xor year_month zerofill`.split(
    /\s+/,
  ),
);

/** MariaDB's list (its reserved words and Oracle-mode words): MySQL's, less the words only MySQL reserves, plus MariaDB's own. */
export const MARIADB_RESERVED_WORDS: ReadonlySet<string> = new Set([
  ...[...MYSQL_RESERVED_WORDS].filter(
    (word) =>
      !`admin array cube cume_dist dense_rank empty first_value function generated get get_master_public_key grouping groups io_after_gtids io_before_gtids json_table lag last_value lateral lead master_bind member nth_value ntile of optimizer_costs parallel parse_gcol_expr percent_rank persist persist_only qualify rank role row sql_after_gtids sql_before_gtids stored virtual`
        .split(' ')
        .includes(word),
  ),
  ...`body current_role do_domain_ids elsif goto history ignore_domain_ids offset others package page_checksum parse_vcol_expr period position raise ref_system_id returning rowtype stats_auto_recalc stats_persistent stats_sample_pages system_time versioning without`.split(
    ' ',
  ),
]);
