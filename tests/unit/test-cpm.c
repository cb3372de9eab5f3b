/* SPDX-License-Identifier: MPL-2.0 */
/* The critical path engine against hand-worked examples (every link type
 * with positive, zero and negative lags, milestones, several starts and
 * ends, disconnected parts, the finish boundary, dates on a calendar with
 * holidays) and against a deliberately simple Bellman-Ford relaxation on a
 * thousand random networks. */
#include <math.h>
#include <string.h>

#include "scheduler/cpm.h"
#include "scheduler/error.h"
#include "tests/unit/testing.h"

typedef struct {
    const char *id;
    double duration;
    const char *preds;
} Row;

static YpNetwork *network_of(const Row *rows, gsize n)
{
    const char **ids = g_new(const char *, n);
    const char **preds = g_new(const char *, n);
    double *d = g_new(double, n);
    for (gsize i = 0; i < n; i++) {
        ids[i] = rows[i].id;
        preds[i] = rows[i].preds;
        d[i] = rows[i].duration;
    }
    g_autoptr(GError) error = NULL;
    YpNetwork *net = yp_network_parse(ids, d, preds, n, &error);
    ck_assert_msg(net != NULL, "parse failed: %s", error != NULL ? error->message : "");
    g_free(ids);
    g_free(preds);
    g_free(d);
    return net;
}

static guint32 activity_of(const YpNetwork *net, const char *id)
{
    for (guint32 a = 0; a < net->n_activities; a++)
        if (strcmp(yp_network_id(net, a), id) == 0)
            return a;
    ck_abort_msg("no activity %s", id);
    return 0;
}

/* Expected offsets of one activity, worked out by hand. */
typedef struct {
    const char *id;
    gint32 es, ef, ls, lf, tf, ff;
} Expect;

static void check_schedule(const YpNetwork *net, const YpCpmSchedule *s, const Expect *e, gsize n,
                           const char *what)
{
    for (gsize i = 0; i < n; i++) {
        guint32 a = activity_of(net, e[i].id);
        ck_assert_msg(s->es[a] == e[i].es && s->ef[a] == e[i].ef && s->ls[a] == e[i].ls &&
                          s->lf[a] == e[i].lf && s->tf[a] == e[i].tf && s->ff[a] == e[i].ff,
                      "%s, %s: got ES %d EF %d LS %d LF %d TF %d FF %d, expected %d %d %d %d %d %d",
                      what, e[i].id, s->es[a], s->ef[a], s->ls[a], s->lf[a], s->tf[a], s->ff[a],
                      e[i].es, e[i].ef, e[i].ls, e[i].lf, e[i].tf, e[i].ff);
        ck_assert_int_eq(s->critical[a], e[i].tf <= 0);
    }
}

START_TEST(test_classic_fs)
{
    /* A(3) -> B(2), C(4) -> D(1): the critical path A-C-D, B has 2 days. */
    const Row rows[] = { { "A", 3, NULL }, { "B", 2, "A" }, { "C", 4, "A" }, { "D", 1, "B;C" } };
    const Expect e[] = {
        { "A", 0, 3, 0, 3, 0, 0 },
        { "B", 3, 5, 5, 7, 2, 2 },
        { "C", 3, 7, 3, 7, 0, 0 },
        { "D", 7, 8, 7, 8, 0, 0 },
    };
    g_autoptr(YpNetwork) net = network_of(rows, 4);
    g_autoptr(YpCpmSchedule) s = yp_cpm_schedule_new(net);
    ck_assert_int_eq(s->finish, 8);
    check_schedule(net, s, e, 4, "classic");
}
END_TEST

/* One link A -> B of every type and lag sign; A(3), B(2). Each row below
 * was worked out from the constraint of FUNCTIONS.md ("Time model"),
 * ES >= 0, T = max EF, LF <= T for every activity. */
typedef struct {
    const char *link;
    gint32 finish;
    Expect a, b;
} LinkCase;

static const LinkCase link_cases[] = {
    /* FS: ES(B) >= EF(A) + lag. */
    { "A", 5, { "A", 0, 3, 0, 3, 0, 0 }, { "B", 3, 5, 3, 5, 0, 0 } },
    { "AFS+2", 7, { "A", 0, 3, 0, 3, 0, 0 }, { "B", 5, 7, 5, 7, 0, 0 } },
    { "AFS-1", 4, { "A", 0, 3, 0, 3, 0, 0 }, { "B", 2, 4, 2, 4, 0, 0 } },
    /* 3 - 5 < 0: B starts at the project start and floats by 1. */
    { "AFS-5", 3, { "A", 0, 3, 0, 3, 0, 0 }, { "B", 0, 2, 1, 3, 1, 1 } },
    /* SS: ES(B) >= ES(A) + lag. */
    { "ASS", 3, { "A", 0, 3, 0, 3, 0, 0 }, { "B", 0, 2, 1, 3, 1, 1 } },
    { "ASS+2", 4, { "A", 0, 3, 0, 3, 0, 0 }, { "B", 2, 4, 2, 4, 0, 0 } },
    { "ASS-2", 3, { "A", 0, 3, 0, 3, 0, 0 }, { "B", 0, 2, 1, 3, 1, 1 } },
    /* FF: EF(B) >= EF(A) + lag, so ES(B) >= 3 + lag - 2. */
    { "AFF", 3, { "A", 0, 3, 0, 3, 0, 0 }, { "B", 1, 3, 1, 3, 0, 0 } },
    { "AFF+2", 5, { "A", 0, 3, 0, 3, 0, 0 }, { "B", 3, 5, 3, 5, 0, 0 } },
    { "AFF-1", 3, { "A", 0, 3, 0, 3, 0, 0 }, { "B", 0, 2, 1, 3, 1, 1 } },
    /* SF: EF(B) >= ES(A) + lag, so ES(B) >= lag - 2. */
    { "ASF", 3, { "A", 0, 3, 0, 3, 0, 0 }, { "B", 0, 2, 1, 3, 1, 1 } },
    { "ASF+3", 3, { "A", 0, 3, 0, 3, 0, 0 }, { "B", 1, 3, 1, 3, 0, 0 } },
    { "ASF+5", 5, { "A", 0, 3, 0, 3, 0, 0 }, { "B", 3, 5, 3, 5, 0, 0 } },
    { "ASF-1", 3, { "A", 0, 3, 0, 3, 0, 0 }, { "B", 0, 2, 1, 3, 1, 1 } },
};

/* Schedules A (@duration_a) and B (@duration_b) linked by the case's link
 * and checks the finish and both activities. */
static void check_link_case(const LinkCase *c, double duration_a, double duration_b)
{
    const Row rows[] = { { "A", duration_a, NULL }, { "B", duration_b, c->link } };
    g_autoptr(YpNetwork) net = network_of(rows, 2);
    g_autoptr(YpCpmSchedule) s = yp_cpm_schedule_new(net);
    ck_assert_msg(s->finish == c->finish, "%s: finish %d", c->link, s->finish);
    check_schedule(net, s, &c->a, 1, c->link);
    check_schedule(net, s, &c->b, 1, c->link);
}

START_TEST(test_link_types)
{
    check_link_case(&link_cases[_i], 3, 2);
}
END_TEST

/* A(1) -> B(4): links that leave A floating. */
static const LinkCase float_cases[] = {
    /* FF+0: A may finish as late as B, day 4: LS(A) = 3; FF = EF(B)-EF(A) = 3. */
    { "AFF", 4, { "A", 0, 1, 3, 4, 3, 3 }, { "B", 0, 4, 0, 4, 0, 0 } },
    /* FF+2: LF(A) <= LF(B) - 2 = 2. */
    { "AFF+2", 4, { "A", 0, 1, 1, 2, 1, 1 }, { "B", 0, 4, 0, 4, 0, 0 } },
    /* SF+1: LS(A) <= LF(B) - 1 = 3; FF = EF(B) - ES(A) - 1 = 3. */
    { "ASF+1", 4, { "A", 0, 1, 3, 4, 3, 3 }, { "B", 0, 4, 0, 4, 0, 0 } },
    /* SS-3: LS(A) <= LS(B) + 3 = 3, and LF(A) <= T = 4. */
    { "ASS-3", 4, { "A", 0, 1, 3, 4, 3, 3 }, { "B", 0, 4, 0, 4, 0, 0 } },
    { "ASS+0", 4, { "A", 0, 1, 0, 1, 0, 0 }, { "B", 0, 4, 0, 4, 0, 0 } },
    { "AFS+1", 6, { "A", 0, 1, 0, 1, 0, 0 }, { "B", 2, 6, 2, 6, 0, 0 } },
};

START_TEST(test_link_floats)
{
    check_link_case(&float_cases[_i], 1, 4);
}
END_TEST

START_TEST(test_finish_boundary)
{
    /* A(10) has only an SS successor B(2) -> C(1). A ends last, so it is
     * critical: LF(A) <= T = 10 although A has a successor. */
    const Row rows[] = { { "A", 10, NULL }, { "B", 2, "ASS+1" }, { "C", 1, "B" } };
    const Expect e[] = {
        { "A", 0, 10, 0, 10, 0, 0 },
        { "B", 1, 3, 7, 9, 6, 0 },
        { "C", 3, 4, 9, 10, 6, 6 },
    };
    g_autoptr(YpNetwork) net = network_of(rows, 3);
    g_autoptr(YpCpmSchedule) s = yp_cpm_schedule_new(net);
    ck_assert_int_eq(s->finish, 10);
    check_schedule(net, s, e, 3, "boundary");
}
END_TEST

START_TEST(test_milestones)
{
    /* M after A, N two days after A starts, S a lone milestone. */
    const Row rows[] = { { "A", 3, NULL }, { "M", 0, "A" }, { "N", 0, "ASS+2" }, { "S", 0, NULL } };
    const Expect e[] = {
        { "A", 0, 3, 0, 3, 0, 0 },
        { "M", 3, 3, 3, 3, 0, 0 },
        { "N", 2, 2, 3, 3, 1, 1 },
        { "S", 0, 0, 3, 3, 3, 3 },
    };
    g_autoptr(YpNetwork) net = network_of(rows, 4);
    g_autoptr(YpCpmSchedule) s = yp_cpm_schedule_new(net);
    ck_assert_int_eq(s->finish, 3);
    check_schedule(net, s, e, 4, "milestones");
}
END_TEST

START_TEST(test_starts_and_ends)
{
    /* Two start activities, two end activities. */
    const Row rows[] = {
        { "S1", 2, NULL }, { "S2", 3, NULL }, { "E1", 3, "S1" }, { "E2", 1, "S1;S2" }
    };
    const Expect e[] = {
        { "S1", 0, 2, 0, 2, 0, 0 },
        { "S2", 0, 3, 1, 4, 1, 0 },
        { "E1", 2, 5, 2, 5, 0, 0 },
        { "E2", 3, 4, 4, 5, 1, 1 },
    };
    g_autoptr(YpNetwork) net = network_of(rows, 4);
    g_autoptr(YpCpmSchedule) s = yp_cpm_schedule_new(net);
    ck_assert_int_eq(s->finish, 5);
    check_schedule(net, s, e, 4, "starts and ends");
}
END_TEST

START_TEST(test_disconnected)
{
    const Row rows[] = {
        { "X1", 2, NULL }, { "Y1", 1, NULL }, { "X2", 3, "X1" }, { "Y2", 1, "Y1" }, { "Z", 0, NULL }
    };
    const Expect e[] = {
        { "X1", 0, 2, 0, 2, 0, 0 }, { "X2", 2, 5, 2, 5, 0, 0 }, { "Y1", 0, 1, 3, 4, 3, 0 },
        { "Y2", 1, 2, 4, 5, 3, 3 }, { "Z", 0, 0, 5, 5, 5, 5 },
    };
    g_autoptr(YpNetwork) net = network_of(rows, 5);
    g_autoptr(YpCpmSchedule) s = yp_cpm_schedule_new(net);
    ck_assert_int_eq(s->finish, 5);
    check_schedule(net, s, e, 5, "disconnected");
}
END_TEST

START_TEST(test_empty_network)
{
    const char *ids[] = { "", NULL };
    const double d[] = { NAN, NAN };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpCpmTable) t = yp_cpm_run(ids, d, NULL, 2, NULL, 0, NULL, &error);
    ck_assert_ptr_nonnull(t);
    ck_assert_uint_eq(t->n_rows, 2);
    ck_assert_uint_eq(t->n_fields, 7);
    for (int i = 0; i < 14; i++)
        ck_assert(isnan(t->values[i]));
}
END_TEST

START_TEST(test_fields)
{
    YpCpmField f[YP_CPM_N_FIELDS];
    guint n = 0;
    g_autoptr(GError) error = NULL;
    ck_assert(yp_cpm_fields_parse(NULL, f, &n, &error));
    ck_assert_uint_eq(n, 7);
    ck_assert_int_eq(f[0], YP_CPM_ES);
    ck_assert_int_eq(f[6], YP_CPM_CRIT);
    ck_assert(yp_cpm_fields_parse("   ", f, &n, &error));
    ck_assert_uint_eq(n, 7);
    ck_assert(yp_cpm_fields_parse(" crit ; tf,,Es ", f, &n, &error));
    ck_assert_uint_eq(n, 3);
    ck_assert_int_eq(f[0], YP_CPM_CRIT);
    ck_assert_int_eq(f[1], YP_CPM_TF);
    ck_assert_int_eq(f[2], YP_CPM_ES);
    ck_assert(!yp_cpm_fields_parse("ES, Slack", f, &n, &error));
    ck_assert_int_eq(error->code, YP_ERROR_INVALID);
    ck_assert_str_eq(error->message,
                     "The field \"Slack\" is not one of ES, EF, LS, LF, TF, FF, CRIT.");
    g_clear_error(&error);
    ck_assert(!yp_cpm_fields_parse("ES;lf;es", f, &n, &error));
    ck_assert_str_eq(error->message, "The field ES is listed twice; list each column once.");
}
END_TEST

START_TEST(test_table_offsets)
{
    /* One row per input row; blank rows in the middle and at the end give
     * NaN rows; fields chosen and ordered. The classic network again. */
    const char *ids[] = { "A", "B", "", "C", "D", "", NULL };
    const double d[] = { 3, 2, NAN, 4, 1, NAN, NAN };
    const char *preds[] = { NULL, "a", "", "A", "b;c", NULL, NULL };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpCpmTable) t = yp_cpm_run(ids, d, preds, 7, NULL, 0, "TF;es;Crit;FF", &error);
    ck_assert_msg(t != NULL, "%s", error ? error->message : "");
    ck_assert(!t->dated);
    ck_assert_uint_eq(t->n_rows, 7);
    ck_assert_uint_eq(t->n_fields, 4);
    const double expected[7][4] = {
        { 0, 0, 1, 0 }, { 2, 3, 0, 2 },         { NAN, NAN, NAN, NAN }, { 0, 3, 1, 0 },
        { 0, 7, 1, 0 }, { NAN, NAN, NAN, NAN }, { NAN, NAN, NAN, NAN },
    };
    for (int r = 0; r < 7; r++)
        for (int f = 0; f < 4; f++) {
            double got = t->values[r * 4 + f];
            if (isnan(expected[r][f]))
                ck_assert_msg(isnan(got), "row %d col %d", r, f);
            else
                ck_assert_double_eq_tol(got, expected[r][f], 1e-9);
        }
    /* A bad fields text wins over the network. */
    g_clear_error(&error);
    g_autoptr(YpCpmTable) bad = yp_cpm_run(ids, d, preds, 7, NULL, 0, "ES;XX", &error);
    ck_assert_ptr_null(bad);
    ck_assert_int_eq(error->code, YP_ERROR_INVALID);
    /* A network problem is YARD.CHECK's sentence. */
    g_clear_error(&error);
    const char *cyc[] = { "B", "a", "", "A", "b;c", NULL, NULL };
    g_autoptr(YpCpmTable) cycle = yp_cpm_run(ids, d, cyc, 7, NULL, 0, NULL, &error);
    ck_assert_ptr_null(cycle);
    ck_assert_int_eq(error->code, YP_ERROR_CYCLE);
    ck_assert_str_eq(error->message, "Row 1: the activities A -> B -> A form a dependency "
                                     "cycle; remove or reverse one of these links.");
}
END_TEST

/* Dates on a 5-day calendar with New Year 2026 (1 and 2 January) off,
 * project start Monday 29 December 2025: working day 0 = Mon 29 Dec,
 * 1 = Tue 30, 2 = Wed 31, 3 = Mon 5 Jan, 4 = Tue 6, 5 = Wed 7. */
static YpCalendar *new_year_calendar(const YpCalendarException *extra, gsize n_extra)
{
    YpCalendarException ex[4] = { { .day = yp_day_from_ymd(2026, 1, 1), .working = FALSE },
                                  { .day = yp_day_from_ymd(2026, 1, 2), .working = FALSE } };
    for (gsize i = 0; i < n_extra; i++)
        ex[2 + i] = extra[i];
    g_autoptr(GError) error = NULL;
    YpCalendar *cal = yp_calendar_new(YP_WEEKEND_DEFAULT, ex, 2 + n_extra, &error);
    ck_assert_msg(cal != NULL, "%s", error ? error->message : "");
    return cal;
}

typedef struct {
    const char *id;
    int es[3], ef[3], ls[3], lf[3]; /* month, day; year 2025 for December */
} DateExpect;

static double ymd(const int md[2])
{
    return yp_day_from_ymd(md[0] == 12 ? 2025 : 2026, md[0], md[1]);
}

START_TEST(test_dates_with_holidays)
{
    /* Worked by hand (offsets: ES EF LS LF), T = 5:
     * A(3)          0 3 0 3   dated 29 Dec - 31 Dec
     * B(2) A        3 5 3 5   5 Jan - 6 Jan (over the holidays)
     * M(0) B        5 5 5 5   6 Jan, the day B finishes
     * C(2) ASS+1    1 3 3 5   30 Dec - 31 Dec, late 5 Jan - 6 Jan
     * N(0) ASS+1    1 1 5 5   29 Dec (end of day 0), late 6 Jan
     * S(0)          0 0 5 5   29 Dec, late 6 Jan
     * D(1) BFF      4 5 4 5   6 Jan
     * E(2) ASF+3    1 3 3 5   30 Dec - 31 Dec, late 5 - 6 Jan
     * F(1) AFS-1    2 3 4 5   31 Dec, late 6 Jan */
    const char *ids[] = { "A", "B", "M", "C", "N", "S", "D", "E", "F" };
    const double d[] = { 3, 2, 0, 2, 0, 0, 1, 2, 1 };
    const char *preds[] = { NULL, "A", "B", "ASS+1", "ASS+1", NULL, "BFF", "ASF+3", "AFS-1" };
    const DateExpect e[] = {
        { "A", { 12, 29 }, { 12, 31 }, { 12, 29 }, { 12, 31 } },
        { "B", { 1, 5 }, { 1, 6 }, { 1, 5 }, { 1, 6 } },
        { "M", { 1, 6 }, { 1, 6 }, { 1, 6 }, { 1, 6 } },
        { "C", { 12, 30 }, { 12, 31 }, { 1, 5 }, { 1, 6 } },
        { "N", { 12, 29 }, { 12, 29 }, { 1, 6 }, { 1, 6 } },
        { "S", { 12, 29 }, { 12, 29 }, { 1, 6 }, { 1, 6 } },
        { "D", { 1, 6 }, { 1, 6 }, { 1, 6 }, { 1, 6 } },
        { "E", { 12, 30 }, { 12, 31 }, { 1, 5 }, { 1, 6 } },
        { "F", { 12, 31 }, { 12, 31 }, { 1, 6 }, { 1, 6 } },
    };
    const double tf[] = { 0, 0, 0, 2, 4, 5, 0, 2, 2 };
    const double ff[] = { 0, 0, 0, 2, 4, 5, 0, 2, 2 };
    g_autoptr(YpCalendar) cal = new_year_calendar(NULL, 0);
    /* Starting on Monday, or on the Saturday before: the same dates. */
    const YpDay starts[] = { yp_day_from_ymd(2025, 12, 29), yp_day_from_ymd(2025, 12, 27) };
    for (int k = 0; k < 2; k++) {
        g_autoptr(GError) error = NULL;
        g_autoptr(YpCpmTable) t = yp_cpm_run(ids, d, preds, 9, cal, starts[k], NULL, &error);
        ck_assert_msg(t != NULL, "%s", error ? error->message : "");
        ck_assert(t->dated);
        for (int r = 0; r < 9; r++) {
            const double *v = t->values + r * 7;
            ck_assert_msg(v[0] == ymd(e[r].es) && v[1] == ymd(e[r].ef) && v[2] == ymd(e[r].ls) &&
                              v[3] == ymd(e[r].lf),
                          "%s: dates %g %g %g %g", e[r].id, v[0], v[1], v[2], v[3]);
            ck_assert_double_eq_tol(v[4], tf[r], 1e-9);
            ck_assert_double_eq_tol(v[5], ff[r], 1e-9);
            ck_assert_double_eq_tol(v[6], tf[r] <= 0, 1e-9);
        }
    }
}
END_TEST

/* The table of docs/scheduling.md: A (3 days) -> B (2 days) with each
 * link, B's dates on the New Year calendar, worked out by hand. */
static const struct {
    const char *link;
    int first[2], last[2]; /* month, day */
} doc_dates[] = {
    { "A", { 1, 5 }, { 1, 6 } },         { "AFS+2", { 1, 7 }, { 1, 8 } },
    { "AFS-1", { 12, 31 }, { 1, 5 } },   { "AFS-5", { 12, 29 }, { 12, 30 } },
    { "ASS+1", { 12, 30 }, { 12, 31 } }, { "ASS-2", { 12, 29 }, { 12, 30 } },
    { "AFF", { 12, 30 }, { 12, 31 } },   { "AFF+2", { 1, 5 }, { 1, 6 } },
    { "AFF-1", { 12, 29 }, { 12, 30 } }, { "ASF", { 12, 29 }, { 12, 30 } },
    { "ASF+3", { 12, 30 }, { 12, 31 } }, { "ASF+5", { 1, 5 }, { 1, 6 } },
};

START_TEST(test_dates_per_link)
{
    g_autoptr(YpCalendar) cal = new_year_calendar(NULL, 0);
    const char *ids[] = { "A", "B" };
    const double d[] = { 3, 2 };
    const char *preds[] = { NULL, doc_dates[_i].link };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpCpmTable) t =
        yp_cpm_run(ids, d, preds, 2, cal, yp_day_from_ymd(2025, 12, 29), "es,ef", &error);
    ck_assert_ptr_nonnull(t);
    ck_assert_msg(t->values[0] == ymd((int[]){ 12, 29 }) && t->values[1] == ymd((int[]){ 12, 31 }),
                  "A's dates");
    ck_assert_msg(t->values[2] == ymd(doc_dates[_i].first) &&
                      t->values[3] == ymd(doc_dates[_i].last),
                  "%s: B shown %g - %g", doc_dates[_i].link, t->values[2], t->values[3]);
}
END_TEST

START_TEST(test_dates_doc_milestones)
{
    /* docs/scheduling.md: M (FS from A) on 31 Dec, N (SS+1) on 29 Dec,
     * S on 29 Dec, D (2 days after M) 5 - 6 Jan. */
    g_autoptr(YpCalendar) cal = new_year_calendar(NULL, 0);
    const char *ids[] = { "A", "M", "N", "S", "D" };
    const double d[] = { 3, 0, 0, 0, 2 };
    const char *preds[] = { NULL, "A", "ASS+1", NULL, "M" };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpCpmTable) t =
        yp_cpm_run(ids, d, preds, 5, cal, yp_day_from_ymd(2025, 12, 29), "ES;EF", &error);
    ck_assert_ptr_nonnull(t);
    const int expected[5][2][2] = {
        { { 12, 29 }, { 12, 31 } }, { { 12, 31 }, { 12, 31 } }, { { 12, 29 }, { 12, 29 } },
        { { 12, 29 }, { 12, 29 } }, { { 1, 5 }, { 1, 6 } },
    };
    for (int r = 0; r < 5; r++)
        ck_assert_msg(t->values[2 * r] == ymd(expected[r][0]) &&
                          t->values[2 * r + 1] == ymd(expected[r][1]),
                      "%s", ids[r]);
}
END_TEST

START_TEST(test_dates_working_saturday)
{
    /* Saturday 3 January 2026 made a working day: working day 3 is that
     * Saturday, so B(2) after A(3) runs Sat 3 Jan - Mon 5 Jan. */
    const YpCalendarException sat = { .day = yp_day_from_ymd(2026, 1, 3), .working = TRUE };
    g_autoptr(YpCalendar) cal = new_year_calendar(&sat, 1);
    const char *ids[] = { "A", "B" };
    const double d[] = { 3, 2 };
    const char *preds[] = { NULL, "A" };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpCpmTable) t =
        yp_cpm_run(ids, d, preds, 2, cal, yp_day_from_ymd(2025, 12, 29), "ES;EF", &error);
    ck_assert_ptr_nonnull(t);
    ck_assert_double_eq(t->values[2], yp_day_from_ymd(2026, 1, 3));
    ck_assert_double_eq(t->values[3], yp_day_from_ymd(2026, 1, 5));
}
END_TEST

START_TEST(test_dates_out_of_range)
{
    g_autoptr(YpCalendar) cal = new_year_calendar(NULL, 0);
    const char *ids[] = { "A" };
    const double d[] = { 100 };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpCpmTable) t =
        yp_cpm_run(ids, d, NULL, 1, cal, yp_day_from_ymd(9999, 12, 1), NULL, &error);
    ck_assert_ptr_null(t);
    ck_assert_int_eq(error->code, YP_ERROR_INVALID);
    ck_assert_str_eq(error->message, "The schedule runs past 9999-12-31, the last supported date.");
    g_clear_error(&error);
    g_autoptr(YpCpmTable) early = yp_cpm_run(ids, d, NULL, 1, cal, 1000, NULL, &error);
    ck_assert_ptr_null(early);
    ck_assert_int_eq(error->code, YP_ERROR_INVALID);
}
END_TEST

/* ---- randomised cross-check -------------------------------------------- */

typedef struct {
    int p, s, type, lag;
} RefLink;

/* The reference: relax every link until nothing changes (at most n + 1
 * rounds on an acyclic network), straight from the type definitions. */
static void reference(int n, const int *d, const RefLink *links, int m, int *es, int *ls, int *ff,
                      int *finish)
{
    for (int i = 0; i < n; i++)
        es[i] = 0;
    for (int round = 0; round <= n; round++) {
        gboolean changed = FALSE;
        for (int k = 0; k < m; k++) {
            const RefLink *l = &links[k];
            int p = l->p, s = l->s, need;
            switch (l->type) {
            case YP_LINK_FS:
                need = es[p] + d[p] + l->lag;
                break;
            case YP_LINK_SS:
                need = es[p] + l->lag;
                break;
            case YP_LINK_FF:
                need = es[p] + d[p] + l->lag - d[s];
                break;
            default:
                need = es[p] + l->lag - d[s];
                break;
            }
            if (need > es[s]) {
                es[s] = need;
                changed = TRUE;
            }
        }
        if (!changed)
            break;
    }
    int t = 0;
    for (int i = 0; i < n; i++)
        t = MAX(t, es[i] + d[i]);
    *finish = t;
    int *lf = g_new(int, (guint)n);
    for (int i = 0; i < n; i++)
        lf[i] = t;
    for (int round = 0; round <= n; round++) {
        gboolean changed = FALSE;
        for (int k = 0; k < m; k++) {
            const RefLink *l = &links[k];
            int p = l->p, s = l->s, ls_s = lf[s] - d[s], bound;
            switch (l->type) {
            case YP_LINK_FS:
                bound = ls_s - l->lag;
                break; /* LF(p) <= LS(s) - lag */
            case YP_LINK_SS:
                bound = ls_s - l->lag + d[p];
                break; /* LS(p) <= LS(s) - lag */
            case YP_LINK_FF:
                bound = lf[s] - l->lag;
                break; /* LF(p) <= LF(s) - lag */
            default:
                bound = lf[s] - l->lag + d[p];
                break; /* LS(p) <= LF(s) - lag */
            }
            if (bound < lf[p]) {
                lf[p] = bound;
                changed = TRUE;
            }
        }
        if (!changed)
            break;
    }
    for (int i = 0; i < n; i++) {
        ls[i] = lf[i] - d[i];
        ff[i] = t - es[i] - d[i];
    }
    for (int k = 0; k < m; k++) {
        const RefLink *l = &links[k];
        int p = l->p, s = l->s, slack;
        switch (l->type) {
        case YP_LINK_FS:
            slack = es[s] - (es[p] + d[p]) - l->lag;
            break;
        case YP_LINK_SS:
            slack = es[s] - es[p] - l->lag;
            break;
        case YP_LINK_FF:
            slack = (es[s] + d[s]) - (es[p] + d[p]) - l->lag;
            break;
        default:
            slack = (es[s] + d[s]) - es[p] - l->lag;
            break;
        }
        ff[p] = MIN(ff[p], slack);
    }
    g_free(lf);
}

static const char *const type_text[] = { "SS", "FS", "SF", "FF" };

START_TEST(test_random_cross_check)
{
    GRand *rng = g_rand_new_with_seed(20260101);
    for (int net_no = 0; net_no < 1000; net_no++) {
        int n = g_rand_int_range(rng, 1, 61);
        /* A random topological order; rows in another order. */
        int *rank = g_new(int, (guint)n);
        for (int i = 0; i < n; i++)
            rank[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = g_rand_int_range(rng, 0, i + 1), t = rank[i];
            rank[i] = rank[j];
            rank[j] = t;
        }
        int *d = g_new(int, (guint)n);
        double *dd = g_new(double, (guint)n);
        char **ids = g_new(char *, (guint)n);
        for (int i = 0; i < n; i++) {
            d[i] = g_rand_int_range(rng, 0, 4) == 0 ? 0 : g_rand_int_range(rng, 1, 9);
            dd[i] = d[i];
            ids[i] = g_strdup_printf("T%d", i);
        }
        int max_links = n * 3;
        RefLink *links = g_new(RefLink, (guint)max_links);
        int m = 0;
        GString **text = g_new(GString *, (guint)n);
        for (int i = 0; i < n; i++)
            text[i] = g_string_new(NULL);
        for (int k = 0; k < max_links && n > 1; k++) {
            int a = g_rand_int_range(rng, 0, n), b = g_rand_int_range(rng, 0, n);
            if (rank[a] == rank[b])
                continue;
            int p = rank[a] < rank[b] ? a : b, s = rank[a] < rank[b] ? b : a;
            int type = g_rand_int_range(rng, 0, 4);
            gboolean dup = FALSE;
            for (int j = 0; j < m; j++)
                dup |= links[j].p == p && links[j].s == s && links[j].type == type;
            if (dup)
                continue;
            int lag = g_rand_int_range(rng, 0, 3) == 0 ? 0 : g_rand_int_range(rng, -6, 7);
            links[m++] = (RefLink){ p, s, type, lag };
            /* Vary the spelling: lower case IDs, blanks, implicit FS+0, "d". */
            const char *id = ids[p];
            g_autofree char *lower = g_ascii_strdown(id, -1);
            if (text[s]->len > 0)
                g_string_append(text[s], g_rand_boolean(rng) ? "; " : ",");
            if (type == YP_LINK_FS && lag == 0 && g_rand_boolean(rng))
                g_string_append(text[s], lower);
            else
                g_string_append_printf(text[s], "%s%s%s%+d%s", g_rand_boolean(rng) ? id : lower,
                                       g_rand_boolean(rng) ? " " : "", type_text[type], lag,
                                       g_rand_boolean(rng) ? "d" : "");
        }
        const char **preds = g_new(const char *, (guint)n);
        for (int i = 0; i < n; i++)
            preds[i] = text[i]->str;

        int *es = g_new(int, n), *ls = g_new(int, n), *ff = g_new(int, n), finish;
        reference(n, d, links, m, es, ls, ff, &finish);

        g_autoptr(GError) error = NULL;
        YpNetwork *net = yp_network_parse((const char *const *)ids, dd, preds, n, &error);
        ck_assert_msg(net != NULL, "network %d: %s", net_no, error ? error->message : "");
        ck_assert_uint_eq(net->n_links, m);
        YpCpmSchedule *s = yp_cpm_schedule_new(net);
        ck_assert_int_eq(s->finish, finish);
        /* Activity a of the network is row net->row[a] of the reference. */
        for (int a = 0; a < n; a++) {
            int i = (int)net->row[a];
            ck_assert_msg(s->es[a] == es[i] && s->ls[a] == ls[i] && s->ff[a] == ff[i],
                          "network %d row %d: ES %d/%d LS %d/%d FF %d/%d", net_no, i, s->es[a],
                          es[i], s->ls[a], ls[i], s->ff[a], ff[i]);
            ck_assert_int_eq(s->ef[a], es[i] + d[i]);
            ck_assert_int_eq(s->lf[a], ls[i] + d[i]);
            ck_assert_int_eq(s->tf[a], ls[i] - es[i]);
            ck_assert(s->tf[a] >= 0 && s->ff[a] >= 0 && s->ff[a] <= s->tf[a]);
        }

        /* The passes on caller-supplied durations, as risk analysis runs
         * them, against the reference with the same durations. */
        gint32 *d2 = g_new(gint32, n), *es2 = g_new(gint32, n), *ls2 = g_new(gint32, n),
               *ff2 = g_new(gint32, n);
        int *d2i = g_new(int, n);
        for (int i = 0; i < n; i++)
            d2i[i] = g_rand_int_range(rng, 0, 12);
        for (int a = 0; a < n; a++)
            d2[a] = d2i[net->row[a]];
        reference(n, d2i, links, m, es, ls, ff, &finish);
        gint32 f2 = yp_cpm_forward(net, d2, es2);
        yp_cpm_backward(net, d2, f2, ls2);
        yp_cpm_free_float(net, d2, es2, f2, ff2);
        ck_assert_int_eq(f2, finish);
        for (int a = 0; a < n; a++) {
            int i = (int)net->row[a];
            ck_assert_msg(es2[a] == es[i] && ls2[a] == ls[i] && ff2[a] == ff[i],
                          "network %d row %d with other durations", net_no, i);
        }

        g_free(d2);
        g_free(es2);
        g_free(ls2);
        g_free(ff2);
        g_free(d2i);
        yp_cpm_schedule_free(s);
        yp_network_free(net);
        g_free(es);
        g_free(ls);
        g_free(ff);
        g_free(preds);
        for (int i = 0; i < n; i++) {
            g_string_free(text[i], TRUE);
            g_free(ids[i]);
        }
        g_free(text);
        g_free(links);
        g_free(ids);
        g_free(dd);
        g_free(d);
        g_free(rank);
    }
    g_rand_free(rng);
}
END_TEST

static Suite *cpm_suite(void)
{
    Suite *s = suite_create("cpm");
    TCase *tc = tcase_create("passes");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_classic_fs);
    tcase_add_loop_test(tc, test_link_types, 0, G_N_ELEMENTS(link_cases));
    tcase_add_loop_test(tc, test_link_floats, 0, G_N_ELEMENTS(float_cases));
    tcase_add_test(tc, test_finish_boundary);
    tcase_add_test(tc, test_milestones);
    tcase_add_test(tc, test_starts_and_ends);
    tcase_add_test(tc, test_disconnected);
    tcase_add_test(tc, test_empty_network);
    tcase_add_test(tc, test_fields);
    tcase_add_test(tc, test_table_offsets);
    tcase_add_test(tc, test_dates_with_holidays);
    tcase_add_loop_test(tc, test_dates_per_link, 0, G_N_ELEMENTS(doc_dates));
    tcase_add_test(tc, test_dates_doc_milestones);
    tcase_add_test(tc, test_dates_working_saturday);
    tcase_add_test(tc, test_dates_out_of_range);
    tcase_add_test(tc, test_random_cross_check);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return yp_test_run(cpm_suite());
}
