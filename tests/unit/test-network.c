/* SPDX-License-Identifier: MPL-2.0 */
/* The activity network: predecessor syntax, ID rules, blank rows, the
 * messages of YARD.CHECK, limits, CSR lists and the topological order. */
#include <math.h>
#include <string.h>

#include "scheduler/error.h"
#include "scheduler/network.h"
#include "tests/unit/testing.h"

/* Parses a table given as parallel arrays; durations may be NULL. */
static YpNetwork *parse(const char *const *ids, const double *d, const char *const *preds, gsize n,
                        GError **error)
{
    return yp_network_parse(ids, d, preds, n, error);
}

static void assert_link(const YpLink *l, guint32 activity, guint32 type, gint32 lag)
{
    ck_assert_uint_eq(l->activity, activity);
    ck_assert_uint_eq(l->type, type);
    ck_assert_int_eq(l->lag, lag);
}

/* Expects a failure with @code whose message contains @part. */
static void expect_error(const char *const *ids, const double *d, const char *const *preds, gsize n,
                         int code, const char *part)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(YpNetwork) net = parse(ids, d, preds, n, &error);
    ck_assert_ptr_null(net);
    ck_assert_ptr_nonnull(error);
    ck_assert_msg(error->domain == YP_ERROR, "domain");
    ck_assert_int_eq(error->code, code);
    ck_assert_msg(strstr(error->message, part) != NULL, "message \"%s\" lacks \"%s\"",
                  error->message, part);
    g_autofree char *check = yp_network_check(ids, d, preds, n);
    ck_assert_str_eq(check, error->message);
}

START_TEST(test_issue_example)
{
    /* The example of FUNCTIONS.md: A10; B20FS+2; C5SS-1; 7FF; D1SF+3d. */
    const char *ids[] = { "A10", "B20", "C5", "7", "D1", "X" };
    const double d[] = { 1, 2, 3, 4, 5, 6 };
    const char *preds[] = { "", NULL, "", "", "", "A10; B20FS+2; C5SS-1; 7FF; D1SF+3d" };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpNetwork) net = parse(ids, d, preds, 6, &error);
    ck_assert_ptr_nonnull(net);
    ck_assert_uint_eq(net->n_rows, 6);
    ck_assert_uint_eq(net->n_activities, 6);
    ck_assert_uint_eq(net->n_links, 5);
    ck_assert_uint_eq(net->pred_start[5], 0);
    ck_assert_uint_eq(net->pred_start[6], 5);
    assert_link(&net->pred[0], 0, YP_LINK_FS, 0);
    assert_link(&net->pred[1], 1, YP_LINK_FS, 2);
    assert_link(&net->pred[2], 2, YP_LINK_SS, -1);
    assert_link(&net->pred[3], 3, YP_LINK_FF, 0);
    assert_link(&net->pred[4], 4, YP_LINK_SF, 3);
    for (int a = 0; a < 6; a++)
        ck_assert_int_eq(net->duration[a], a + 1);
    ck_assert_str_eq(yp_network_id(net, 3), "7");
    ck_assert_int_eq(net->positive_lag_sum, 5);
}
END_TEST

START_TEST(test_spelling_variants)
{
    /* Blanks between the parts, lower case, ',' as separator, an empty
     * item, a trailing separator, "d" and "D", blanks before "d". */
    const char *ids[] = { "A1", "b", "Hull 1", "Z" };
    const double d[] = { 1, 1, 1, 1 };
    const char *preds[] = { NULL, NULL, NULL,
                            " a1 ss -1 , B fs+0d;; hull 1 Ff + 12 D ; A1 SF - 3,b sS ;" };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpNetwork) net = parse(ids, d, preds, 4, &error);
    ck_assert_ptr_nonnull(net);
    ck_assert_uint_eq(net->n_links, 5);
    const YpLink *l = net->pred + net->pred_start[3];
    assert_link(&l[0], 0, YP_LINK_SS, -1);
    assert_link(&l[1], 1, YP_LINK_FS, 0);
    assert_link(&l[2], 2, YP_LINK_FF, 12);
    assert_link(&l[3], 0, YP_LINK_SF, -3);
    assert_link(&l[4], 1, YP_LINK_SS, 0);
}
END_TEST

START_TEST(test_ids_trimmed_case_insensitive)
{
    /* IDs trimmed (including a no-break space), compared ignoring case,
     * Cyrillic and Azerbaijani letters folded by Unicode rules, a
     * decomposed "é" equal to the composed one. */
    const char *ids[] = { "  Weld ",
                          "\xC2\xA0"
                          "Корпус\xC2\xA0",
                          "Çən",
                          "Caf\xC3\xA9",
                          "Last",
                          "İşıq",
                          "End" };
    const double d[] = { 1, 1, 1, 1, 1, 1, 1 };
    const char *preds[] = { NULL,
                            NULL,
                            NULL,
                            NULL,
                            "WELD; корпусSS+1; ÇƏN; CAFE\xCC\x81"
                            "FF-2",
                            NULL,
                            "IŞIQ" };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpNetwork) net = parse(ids, d, preds, 7, &error);
    ck_assert_msg(net != NULL, "%s", error ? error->message : "");
    ck_assert_str_eq(yp_network_id(net, 0), "Weld");
    ck_assert_str_eq(yp_network_id(net, 1), "Корпус");
    const YpLink *l = net->pred + net->pred_start[4];
    ck_assert_uint_eq(net->n_links, 5);
    assert_link(&l[0], 0, YP_LINK_FS, 0);
    assert_link(&l[1], 1, YP_LINK_SS, 1);
    assert_link(&l[2], 2, YP_LINK_FS, 0);
    assert_link(&l[3], 3, YP_LINK_FF, -2);
    /* Azerbaijani's own case pairs: İ/i and I/ı. */
    assert_link(&net->pred[net->pred_start[6]], 5, YP_LINK_FS, 0);
    const char *az_twins[] = { "İşıq", "işiq" };
    expect_error(az_twins, d, NULL, 2, YP_ERROR_INVALID, "Row 2: the ID \"işiq\" is already used");
}
END_TEST

START_TEST(test_long_ids)
{
    /* IDs longer than the hash table keeps inline, repeated by case. */
    const char *ids[] = { "Main engine foundation", "Main engine foundation 2",
                          "Шлюпочная палуба, секция 4", "Z" };
    const double d[] = { 1, 1, 1, 1 };
    const char *preds[] = { NULL, NULL, NULL,
                            "MAIN ENGINE FOUNDATION 2 SS+1; main engine foundation" };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpNetwork) net = parse(ids, d, preds, 4, &error);
    ck_assert_ptr_null(net);
    ck_assert_int_eq(error->code, YP_ERROR_INVALID);
    ck_assert_str_eq(error->message, "Row 3: the ID \"Шлюпочная палуба, секция 4\" contains ';' or "
                                     "',', which separate predecessors; rename it.");
    ids[2] = "Шлюпочная палуба секция 4";
    preds[3] = "MAIN ENGINE FOUNDATION 2 SS+1; main engine foundation;ШЛЮПОЧНАЯ ПАЛУБА СЕКЦИЯ 4FF";
    g_clear_error(&error);
    g_autoptr(YpNetwork) ok = parse(ids, d, preds, 4, &error);
    ck_assert_msg(ok != NULL, "%s", error ? error->message : "");
    const YpLink *l = ok->pred + ok->pred_start[3];
    ck_assert_uint_eq(ok->n_links, 3);
    assert_link(&l[0], 1, YP_LINK_SS, 1);
    assert_link(&l[1], 0, YP_LINK_FS, 0);
    assert_link(&l[2], 2, YP_LINK_FF, 0);
    /* Keys of 7, 8 and 9 bytes, around the table's inline size. */
    const char *edge_ids[] = { "ABCDEFG", "ABCDEFGH", "ABCDEFGHI", "Z" };
    const char *edge_preds[] = { NULL, NULL, NULL, "abcdefghi;abcdefgh ss;abcdefg ff" };
    g_autoptr(YpNetwork) edge = parse(edge_ids, d, edge_preds, 4, &error);
    ck_assert_ptr_nonnull(edge);
    l = edge->pred + edge->pred_start[3];
    assert_link(&l[0], 2, YP_LINK_FS, 0);
    assert_link(&l[1], 1, YP_LINK_SS, 0);
    assert_link(&l[2], 0, YP_LINK_FF, 0);
    const char *unknown_preds[] = { NULL, NULL, NULL, "abcdefghij" };
    expect_error(edge_ids, d, unknown_preds, 4, YP_ERROR_INVALID,
                 "Row 4: the predecessor \"abcdefghij\" is not an ID in the table.");

    const char *dup[] = { "Main engine foundation", "MAIN ENGINE FOUNDATION " };
    expect_error(dup, d, NULL, 2, YP_ERROR_INVALID,
                 "Row 2: the ID \"MAIN ENGINE FOUNDATION\" is already used in row 1");
}
END_TEST

START_TEST(test_longest_id_wins)
{
    /* IDs that are link types themselves: "SS" alone is the activity SS
     * with an FS link; "SSFF" is SS with FF; "ff+1" is not a link. */
    {
        const char *t_ids[] = { "SS", "FF", "Z" };
        const double t_d[] = { 1, 1, 1 };
        const char *t_preds[] = { NULL, NULL, "ss; SSFF; ff sf-2" };
        g_autoptr(GError) t_error = NULL;
        g_autoptr(YpNetwork) t_net = parse(t_ids, t_d, t_preds, 3, &t_error);
        ck_assert_msg(t_net != NULL, "%s", t_error ? t_error->message : "");
        const YpLink *t_l = t_net->pred + t_net->pred_start[2];
        assert_link(&t_l[0], 0, YP_LINK_FS, 0);
        assert_link(&t_l[1], 0, YP_LINK_FF, 0);
        assert_link(&t_l[2], 1, YP_LINK_SF, -2);
        const char *bad[] = { NULL, NULL, "ff+1" };
        expect_error(t_ids, t_d, bad, 3, YP_ERROR_INVALID, "Row 3:");
    }
    /* "AFS" is an ID: the whole text wins over A with an FS link; "AFSSS+1"
     * is AFS with SS+1; "BFF" is B with FF since no ID "BFF" exists; an ID
     * "C SS-1" written in full is that ID. */
    const char *ids[] = { "A", "AFS", "B", "C", "C SS-1", "Z" };
    const double d[] = { 1, 1, 1, 1, 1, 1 };
    const char *preds[] = { NULL, NULL, NULL, NULL, NULL, "AFS; AFSSS+1; BFF; c ss-1; CSS-1" };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpNetwork) net = parse(ids, d, preds, 6, &error);
    ck_assert_msg(net != NULL, "%s", error ? error->message : "");
    const YpLink *l = net->pred + net->pred_start[5];
    ck_assert_uint_eq(net->n_links, 5);
    assert_link(&l[0], 1, YP_LINK_FS, 0);
    assert_link(&l[1], 1, YP_LINK_SS, 1);
    assert_link(&l[2], 2, YP_LINK_FF, 0);
    assert_link(&l[3], 4, YP_LINK_FS, 0);
    assert_link(&l[4], 3, YP_LINK_SS, -1);
}
END_TEST

START_TEST(test_several_links_one_pair)
{
    /* FS and FF between the same pair are allowed... */
    const char *ids[] = { "A", "B" };
    const double d[] = { 3, 2 };
    const char *ok[] = { NULL, "A; AFF+1" };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpNetwork) net = parse(ids, d, ok, 2, &error);
    ck_assert_ptr_nonnull(net);
    ck_assert_uint_eq(net->n_links, 2);
    ck_assert_uint_eq(net->succ_start[1] - net->succ_start[0], 2);
    /* ...the same type twice is not, whatever the lags. */
    const char *twice[] = { NULL, "A; AFS+1" };
    expect_error(ids, d, twice, 2, YP_ERROR_INVALID,
                 "Row 2: activity B lists the FS link from A twice");

    /* A long list (past the pairwise check) with a repeat at the end. */
    enum { N = 30 };
    const char *many_ids[N];
    double many_d[N];
    char *names[N];
    for (int i = 0; i < N; i++) {
        names[i] = g_strdup_printf("M%d", i);
        many_ids[i] = names[i];
        many_d[i] = 1;
    }
    GString *t = g_string_new(NULL);
    for (int i = 0; i < N - 1; i++)
        g_string_append_printf(t, "M%d; M%dSS;", i, i);
    const char *many_preds[N] = { NULL };
    many_preds[N - 1] = t->str;
    g_autoptr(GError) error2 = NULL;
    g_autoptr(YpNetwork) long_ok = parse(many_ids, many_d, many_preds, N, &error2);
    ck_assert_ptr_nonnull(long_ok);
    ck_assert_uint_eq(long_ok->n_links, 2 * (N - 1));
    g_string_append(t, "m3ss+4");
    many_preds[N - 1] = t->str;
    expect_error(many_ids, many_d, many_preds, N, YP_ERROR_INVALID,
                 "Row 30: activity M29 lists the SS link from M3 twice");
    g_string_free(t, TRUE);
    for (int i = 0; i < N; i++)
        g_free(names[i]);
}
END_TEST

START_TEST(test_blank_rows)
{
    /* Rows 2 and 4 are blank in the middle, rows 6 and 7 trailing: all are
     * skipped; a row with only blanks and separators counts as blank. */
    const char *ids[] = { "A", "", "B", "  ", "C", NULL, "" };
    const double d[] = { 1, NAN, 2, NAN, 3, NAN, NAN };
    const char *preds[] = { NULL, "", "A", " ; ", "B", NULL, " " };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpNetwork) net = parse(ids, d, preds, 7, &error);
    ck_assert_ptr_nonnull(net);
    ck_assert_uint_eq(net->n_rows, 7);
    ck_assert_uint_eq(net->n_activities, 3);
    ck_assert_uint_eq(net->row[0], 0);
    ck_assert_uint_eq(net->row[1], 2);
    ck_assert_uint_eq(net->row[2], 4);
    assert_link(&net->pred[0], 0, YP_LINK_FS, 0);
    assert_link(&net->pred[1], 1, YP_LINK_FS, 0);
}
END_TEST

START_TEST(test_without_durations)
{
    const char *ids[] = { "A", "", "B" };
    const char *preds[] = { NULL, NULL, "ASS+2" };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpNetwork) net = parse(ids, NULL, preds, 3, &error);
    ck_assert_ptr_nonnull(net);
    ck_assert_uint_eq(net->n_activities, 2);
    ck_assert_int_eq(net->duration[0], 0);
    ck_assert_int_eq(net->duration[1], 0);
    g_autoptr(YpNetwork) none = parse(ids, NULL, NULL, 3, &error);
    ck_assert_ptr_nonnull(none);
    ck_assert_uint_eq(none->n_links, 0);
    g_autoptr(YpNetwork) empty = parse(NULL, NULL, NULL, 0, &error);
    ck_assert_ptr_nonnull(empty);
    ck_assert_uint_eq(empty->n_activities, 0);
}
END_TEST

START_TEST(test_topological_order_and_succ)
{
    /* Rows: E <- C, D; C <- A; D <- A, B. Kahn with a FIFO seeded in row
     * order: sources A (0), B (1); then C (2, freed by A), D (3, freed by
     * B); then E (4). */
    const char *ids[] = { "A", "B", "C", "D", "E" };
    const double d[] = { 1, 1, 1, 1, 1 };
    const char *preds[] = { NULL, NULL, "A", "A;B", "D;C" };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpNetwork) net = parse(ids, d, preds, 5, &error);
    ck_assert_ptr_nonnull(net);
    const guint32 expected[] = { 0, 1, 2, 3, 4 };
    for (int i = 0; i < 5; i++)
        ck_assert_uint_eq(net->topo[i], expected[i]);
    /* A's successors, ascending: C, D. */
    ck_assert_uint_eq(net->succ_start[0], 0);
    ck_assert_uint_eq(net->succ_start[1], 2);
    ck_assert_uint_eq(net->succ[0].activity, 2);
    ck_assert_uint_eq(net->succ[1].activity, 3);
    ck_assert_uint_eq(net->succ_start[5], 5);
}
END_TEST

START_TEST(test_reverse_rows_topo)
{
    /* Successors listed above their predecessors: C <- B <- A in rows 1..3.
     * Activities are numbered topologically: A = 0, B = 1, C = 2. */
    const char *ids[] = { "C", "B", "A" };
    const double d[] = { 1, 2, 3 };
    const char *preds[] = { "B", "ASS+1", NULL };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpNetwork) net = parse(ids, d, preds, 3, &error);
    ck_assert_ptr_nonnull(net);
    const char *id[] = { "A", "B", "C" };
    for (guint32 a = 0; a < 3; a++) {
        ck_assert_uint_eq(net->topo[a], a);
        ck_assert_uint_eq(net->row[a], 2 - a);
        ck_assert_str_eq(yp_network_id(net, a), id[a]);
        ck_assert_int_eq(net->duration[a], 3 - (int)a);
    }
    assert_link(&net->pred[net->pred_start[1]], 0, YP_LINK_SS, 1);
    assert_link(&net->pred[net->pred_start[2]], 1, YP_LINK_FS, 0);
    ck_assert_uint_eq(net->pred_start[1], 0);
    assert_link(&net->succ[net->succ_start[0]], 1, YP_LINK_SS, 1);
    assert_link(&net->succ[net->succ_start[1]], 2, YP_LINK_FS, 0);
    ck_assert_uint_eq(net->succ_start[3], 2);
}
END_TEST

/* Every link goes forward in the numbering, and the successor lists hold
 * exactly the predecessor lists' links, on a network with rows shuffled. */
START_TEST(test_numbering_invariants)
{
    enum { N = 200 };
    char *ids[N], *preds[N];
    double d[N];
    GRand *rng = g_rand_new_with_seed(7);
    for (int i = 0; i < N; i++) {
        /* Row i holds activity Q(199 - i); it depends on up to three of
         * Q(x) with x below its own number, so rows run backwards. */
        int me = N - 1 - i;
        ids[i] = g_strdup_printf("Q%d", me);
        d[i] = i % 5;
        GString *t = g_string_new(NULL);
        for (int k = 0; k < 3 && me > 0; k++)
            g_string_append_printf(t, "Q%d%s+%d;", g_rand_int_range(rng, 0, me),
                                   (const char *[]){ "FS", "SS", "FF", "SF" }[k], k);
        preds[i] = g_string_free(t, FALSE);
    }
    g_rand_free(rng);
    g_autoptr(GError) error = NULL;
    g_autoptr(YpNetwork) net =
        parse((const char *const *)ids, d, (const char *const *)preds, N, &error);
    ck_assert_msg(net != NULL, "%s", error ? error->message : "");
    guint32 seen_rows[N] = { 0 };
    for (guint32 a = 0; a < net->n_activities; a++) {
        seen_rows[net->row[a]]++;
        ck_assert_int_eq(net->duration[a], net->row[a] % 5);
        ck_assert_int_eq(atoi(yp_network_id(net, a) + 1), N - 1 - (int)net->row[a]);
        for (guint32 k = net->pred_start[a]; k < net->pred_start[a + 1]; k++) {
            const YpLink *l = &net->pred[k];
            ck_assert_uint_lt(l->activity, a);
            /* The same link, once, in the predecessor's successor list. */
            int found = 0;
            for (guint32 j = net->succ_start[l->activity]; j < net->succ_start[l->activity + 1];
                 j++) {
                const YpLink *m = &net->succ[j];
                found += m->activity == a && m->type == l->type && m->lag == l->lag;
            }
            ck_assert_int_eq(found, 1);
        }
    }
    for (int i = 0; i < N; i++) {
        ck_assert_uint_eq(seen_rows[i], 1);
        g_free(ids[i]);
        g_free(preds[i]);
    }
    ck_assert_uint_eq(net->succ_start[N], net->n_links);
    ck_assert_uint_eq(net->pred_start[N], net->n_links);
}
END_TEST

START_TEST(test_errors_ids)
{
    const char *dup_ids[] = { "A", "B", " a " };
    const double d3[] = { 1, 1, 1 };
    expect_error(dup_ids, d3, NULL, 3, YP_ERROR_INVALID,
                 "Row 3: the ID \"a\" is already used in row 1");

    const char *missing[] = { "A", "", "C" };
    expect_error(missing, d3, NULL, 3, YP_ERROR_INVALID,
                 "Row 2: the row has a duration or predecessors but no ID.");
    const double dn[] = { 1, NAN, 1 };
    const char *preds_only[] = { NULL, "A", NULL };
    expect_error(missing, dn, preds_only, 3, YP_ERROR_INVALID, "Row 2: the row has");

    const char *sep[] = { "A", "B,1" };
    expect_error(sep, d3, NULL, 2, YP_ERROR_INVALID, "Row 2: the ID \"B,1\" contains");

    const char *bad_utf8[] = { "A", "\xC3(" };
    expect_error(bad_utf8, d3, NULL, 2, YP_ERROR_INVALID, "Row 2: the ID is not valid UTF-8");
}
END_TEST

START_TEST(test_errors_durations)
{
    const char *ids[] = { "A", "B" };
    const double negative[] = { 1, -2 };
    expect_error(ids, negative, NULL, 2, YP_ERROR_INVALID,
                 "Row 2: activity B has a negative duration (-2)");
    const double fraction[] = { 2.5, 1 };
    expect_error(ids, fraction, NULL, 2, YP_ERROR_INVALID,
                 "Row 1: the duration of A is 2.5; durations are whole working days.");
    const double empty[] = { 1, NAN };
    expect_error(ids, empty, NULL, 2, YP_ERROR_INVALID, "Row 2: activity B has no duration");
    const double huge[] = { 100001, 1 };
    expect_error(ids, huge, NULL, 2, YP_ERROR_LIMIT, "Row 1: the duration of A is larger");
    const double inf[] = { 1, INFINITY };
    expect_error(ids, inf, NULL, 2, YP_ERROR_LIMIT, "Row 2");
    const double max_ok[] = { 100000, -0.0 };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpNetwork) net = parse(ids, max_ok, NULL, 2, &error);
    ck_assert_ptr_nonnull(net);
    ck_assert_int_eq(net->duration[0], 100000);
    ck_assert_int_eq(net->duration[1], 0);

    /* A formula's 3 (=0.1*3*10 is 3.0000000000000004) is 3, as Calc shows it;
     * a hundredth of a day off is still a fraction. */
    const double computed[] = { 0.1 * 3 * 10, 3 - 4e-15 };
    g_autoptr(YpNetwork) near = parse(ids, computed, NULL, 2, NULL);
    ck_assert_ptr_nonnull(near);
    ck_assert_int_eq(near->duration[0], 3);
    ck_assert_int_eq(near->duration[1], 3);
    const double off[] = { 3.01, 1 };
    expect_error(ids, off, NULL, 2, YP_ERROR_INVALID, "Row 1: the duration of A is 3.01;");
}
END_TEST

START_TEST(test_errors_links)
{
    /* Row 2's predecessor text, the error code and a part of the message. */
    static const struct {
        const char *text;
        int code;
        const char *message;
    } cases[] = {
        { "A1; Q7", YP_ERROR_INVALID, "Row 2: the predecessor \"Q7\" is not an ID in the table." },
        { "QSS+2", YP_ERROR_INVALID, "Row 2: the predecessor \"Q\" (in \"QSS+2\") is not an ID" },
        { "A1FS2", YP_ERROR_INVALID,
          "Row 2: cannot read the link \"A1FS2\": a lag needs its sign, as in \"A1FS+2\"." },
        { "A1+2", YP_ERROR_INVALID, "a lag needs a link type before it, as in \"A1FS+2\"" },
        /* No type is suggested after a text that is no ID. */
        { "A1XX+2", YP_ERROR_INVALID,
          "Row 2: the predecessor \"A1XX+2\" is not an ID in the table." },
        { "A1FS+-2", YP_ERROR_INVALID,
          "Row 2: cannot read the lag in \"A1FS+-2\": lags are whole working days, a sign and "
          "digits with an optional d, as in \"A1FS+2\"." },
        { "A1 SS+1.5", YP_ERROR_INVALID, "Row 2: cannot read the lag in" },
        { "A1FS+2w", YP_ERROR_INVALID, "cannot read the lag in \"A1FS+2w\"" },
        { "A1FS+", YP_ERROR_INVALID, "cannot read the lag" },
        { "A1FS+100001", YP_ERROR_LIMIT,
          "Row 2: the lag in \"A1FS+100001\" is beyond the limit of 100,000 working days either "
          "way." },
        { "A1FS-99999999999999999999999", YP_ERROR_LIMIT, "Row 2: the lag in" },
    };
    const char *ids[] = { "A1", "B" };
    const double d[] = { 1, 1 };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        const char *preds[] = { NULL, cases[i].text };
        expect_error(ids, d, preds, 2, cases[i].code, cases[i].message);
    }
    const char *max_lag[] = { NULL, "A1FS-100000" };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpNetwork) net = parse(ids, d, max_lag, 2, &error);
    ck_assert_ptr_nonnull(net);
    ck_assert_int_eq(net->pred[0].lag, -100000);
}
END_TEST

START_TEST(test_first_problem_wins)
{
    /* A negative duration in row 2 comes before an unknown predecessor in
     * row 3 and a duplicate ID in row 4. */
    const char *ids[] = { "A", "B", "C", "a" };
    const double d[] = { 1, -1, 1, 1 };
    const char *preds[] = { NULL, NULL, "Nope", NULL };
    expect_error(ids, d, preds, 4, YP_ERROR_INVALID, "Row 2:");
    const double ok[] = { 1, 1, 1, 1 };
    expect_error(ids, ok, preds, 4, YP_ERROR_INVALID, "Row 3:");
    const char *fine[] = { NULL, NULL, "A", NULL };
    expect_error(ids, ok, fine, 4, YP_ERROR_INVALID, "Row 4:");
}
END_TEST

START_TEST(test_cycles)
{
    /* A <- C, B <- A, C <- B: the cycle A -> B -> C -> A, named from row 1. */
    const char *ids[] = { "A", "B", "C" };
    const double d[] = { 1, 1, 1 };
    const char *preds[] = { "C", "A", "BSS+1" };
    expect_error(ids, d, preds, 3, YP_ERROR_CYCLE,
                 "Row 1: the activities A -> B -> C -> A form a dependency cycle");

    /* D (row 1) hangs below the cycle A <-> B (rows 2, 3). */
    const char *ids2[] = { "D", "A", "B" };
    const char *preds2[] = { "A", "B", "AFF-3" };
    expect_error(ids2, d, preds2, 3, YP_ERROR_CYCLE,
                 "Row 2: the activities A -> B -> A form a dependency cycle");

    const char *self[] = { NULL, "BSS-1", NULL };
    expect_error(ids, d, self, 3, YP_ERROR_CYCLE, "Row 2: activity B is its own predecessor");
}
END_TEST

START_TEST(test_long_cycle_listing)
{
    /* 30 activities in a ring: 20 are named, then the rest are counted. */
    enum { N = 30 };
    char *ids[N], *preds[N];
    double d[N];
    for (int i = 0; i < N; i++) {
        ids[i] = g_strdup_printf("T%d", i);
        preds[i] = g_strdup_printf("T%d", (i + N - 1) % N);
        d[i] = 1;
    }
    expect_error((const char *const *)ids, d, (const char *const *)preds, N, YP_ERROR_CYCLE,
                 "Row 1: the activities T0 -> T1 -> T2 -> T3 -> T4 -> T5 -> T6 -> T7 -> T8 -> "
                 "T9 -> T10 -> T11 -> T12 -> T13 -> T14 -> T15 -> T16 -> T17 -> T18 -> T19 "
                 "-> ... (10 more) -> T0 form a dependency cycle");
    for (int i = 0; i < N; i++) {
        g_free(ids[i]);
        g_free(preds[i]);
    }
}
END_TEST

START_TEST(test_limits)
{
    const char *ids[] = { "A", "B" };
    const double d[] = { 1, 1 };

    /* More rows than a Calc column: refused before any row is read. */
    expect_error(ids, d, NULL, YP_NETWORK_MAX_ROWS + 1, YP_ERROR_LIMIT,
                 "The table has 1048577 rows; at most 1,048,576 are allowed.");

    /* One predecessor text over 65,536 bytes. */
    g_autofree char *text = g_malloc(YP_NETWORK_MAX_TEXT + 2);
    memset(text, ' ', YP_NETWORK_MAX_TEXT + 1);
    text[0] = 'A';
    text[YP_NETWORK_MAX_TEXT + 1] = '\0';
    const char *long_text[] = { NULL, text };
    expect_error(ids, d, long_text, 2, YP_ERROR_LIMIT, "Row 2: the predecessor text is longer");
    text[YP_NETWORK_MAX_TEXT] = '\0';
    g_autoptr(GError) error = NULL;
    g_autoptr(YpNetwork) at_limit = parse(ids, d, long_text, 2, &error);
    ck_assert_ptr_nonnull(at_limit);

    /* An ID over 1,024 bytes. */
    g_autofree char *long_id = g_strnfill(YP_NETWORK_MAX_ID + 1, 'x');
    const char *ids_long[] = { "A", long_id };
    expect_error(ids_long, d, NULL, 2, YP_ERROR_LIMIT, "Row 2: the ID is longer");

    /* More than 8,388,608 links in all: 2,048 sources, and 1,025 hub rows
     * each linked to every source by all four types (8,192 links a row).
     * The 1,025th hub passes the limit; exactly at it the table is taken. */
    enum { SOURCES = 2048, HUBS = 1025 };
    enum { ROWS = SOURCES + HUBS };
    char **hub_ids = g_new(char *, ROWS);
    double *hub_d = g_new(double, ROWS);
    const char **hub_preds = g_new0(const char *, ROWS);
    GString *hub = g_string_new(NULL);
    for (int i = 0; i < SOURCES; i++) {
        hub_ids[i] = g_strdup_printf("%d", i);
        hub_d[i] = 1;
        g_string_append_printf(hub, "%d;%dSS;%dFF;%dSF;", i, i, i, i);
    }
    ck_assert_uint_le(hub->len, YP_NETWORK_MAX_TEXT);
    for (int h = 0; h < HUBS; h++) {
        hub_ids[SOURCES + h] = g_strdup_printf("H%d", h);
        hub_d[SOURCES + h] = 1;
        hub_preds[SOURCES + h] = hub->str;
    }
    expect_error((const char *const *)hub_ids, hub_d, hub_preds, ROWS, YP_ERROR_LIMIT,
                 "The predecessor texts hold more than 8,388,608 links, the most allowed.");
    g_autoptr(YpNetwork) at_links =
        parse((const char *const *)hub_ids, hub_d, hub_preds, ROWS - 1, &error);
    ck_assert_ptr_nonnull(at_links);
    ck_assert_uint_eq(at_links->n_links, YP_NETWORK_MAX_LINKS);
    g_string_free(hub, TRUE);
    for (int i = 0; i < ROWS; i++)
        g_free(hub_ids[i]);
    g_free(hub_ids);
    g_free(hub_d);
    g_free(hub_preds);

    /* Durations adding up past 2^30 working days. */
    enum { SPAN_ROWS = 10738 };
    char **span_ids = g_new(char *, SPAN_ROWS);
    double *span_d = g_new(double, SPAN_ROWS);
    for (int r = 0; r < SPAN_ROWS; r++) {
        span_ids[r] = g_strdup_printf("S%d", r);
        span_d[r] = 100000;
    }
    expect_error((const char *const *)span_ids, span_d, NULL, SPAN_ROWS, YP_ERROR_LIMIT,
                 "The durations and positive lags add up to more than");
    for (int r = 0; r < SPAN_ROWS; r++)
        g_free(span_ids[r]);
    g_free(span_ids);
    g_free(span_d);
}
END_TEST

START_TEST(test_check_ok)
{
    const char *ids[] = { "A", "B" };
    const double d[] = { 1, 0 };
    const char *preds[] = { NULL, "A" };
    g_autofree char *msg = yp_network_check(ids, d, preds, 2);
    ck_assert_str_eq(msg, "OK");
}
END_TEST

static Suite *network_suite(void)
{
    Suite *s = suite_create("network");
    TCase *tc = tcase_create("parse");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_issue_example);
    tcase_add_test(tc, test_spelling_variants);
    tcase_add_test(tc, test_ids_trimmed_case_insensitive);
    tcase_add_test(tc, test_long_ids);
    tcase_add_test(tc, test_longest_id_wins);
    tcase_add_test(tc, test_several_links_one_pair);
    tcase_add_test(tc, test_blank_rows);
    tcase_add_test(tc, test_without_durations);
    tcase_add_test(tc, test_topological_order_and_succ);
    tcase_add_test(tc, test_reverse_rows_topo);
    tcase_add_test(tc, test_numbering_invariants);
    tcase_add_test(tc, test_errors_ids);
    tcase_add_test(tc, test_errors_durations);
    tcase_add_test(tc, test_errors_links);
    tcase_add_test(tc, test_first_problem_wins);
    tcase_add_test(tc, test_cycles);
    tcase_add_test(tc, test_long_cycle_listing);
    tcase_add_test(tc, test_limits);
    tcase_add_test(tc, test_check_ok);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return yp_test_run(network_suite());
}
