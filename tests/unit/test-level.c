/* SPDX-License-Identifier: MPL-2.0 */
/*
 * Resource levelling. Every schedule the engine returns goes through the
 * independent checker below (a time-indexed usage table, unlike the
 * engine's breakpoint profile); optima come from hand calculation, from an
 * exhaustive search over start times written here, or from the PSPLIB
 * optimum table (Demeulemeester and Herroelen) when the data folder exists.
 */
#include <math.h>
#include <string.h>

#include "scheduler/error.h"
#include "scheduler/level.h"
#include "scheduler/rng.h"
#include "tests/bench/psplib.h"
#include "tests/unit/testing.h"

/* ---- independent helpers ---- */

/* Checks starts against every rule; returns the makespan or -1 and says
 * why in @why. */
static int check_schedule(const YpLevelProblem *pb, const gint *s, GString *why)
{
    const guint n = pb->n_activities, R = pb->n_resources;
    int end = 0;
    for (guint i = 0; i < n; i++) {
        if (s[i] < 0) {
            g_string_printf(why, "row %u starts at %d", i + 1, s[i]);
            return -1;
        }
        end = MAX(end, s[i] + pb->durations[i]);
    }
    for (guint e = 0; e < pb->n_links; e++) {
        const YpLevelLink *l = &pb->links[e];
        if (s[l->to] < s[l->from] + l->delta) {
            g_string_printf(why, "link %u: S[%u]=%d < S[%u]=%d + %d", e, l->to + 1, s[l->to],
                            l->from + 1, s[l->from], l->delta);
            return -1;
        }
    }
    g_autofree int *use = g_new0(int, (gsize)MAX(end, 1) * MAX(R, 1));
    for (guint i = 0; i < n; i++)
        for (int t = s[i]; t < s[i] + pb->durations[i]; t++)
            for (guint k = 0; k < R; k++)
                use[(gsize)t * R + k] += pb->demands[(gsize)i * R + k];
    for (int t = 0; t < end; t++)
        for (guint k = 0; k < R; k++)
            if (use[(gsize)t * R + k] > pb->capacities[k]) {
                g_string_printf(why, "resource %u at day %d: %d > %d", k + 1, t,
                                use[(gsize)t * R + k], pb->capacities[k]);
                return -1;
            }
    return end;
}

/* Schedules @pb, checks the result independently and returns its
 * makespan (which must also be what the engine reports). */
static int schedule_checked(const YpLevelProblem *pb, guint effort, gint *starts)
{
    YpLevelOptions opt;
    yp_level_options_init(&opt);
    opt.effort = effort;
    YpLevelStats st;
    g_autoptr(GError) error = NULL;
    gboolean ok = yp_level_schedule(pb, &opt, starts, &st, &error);
    ck_assert_msg(ok, "unexpected error: %s", error ? error->message : "?");
    g_autoptr(GString) why = g_string_new(NULL);
    int ms = check_schedule(pb, starts, why);
    ck_assert_msg(ms >= 0, "infeasible schedule: %s", why->str);
    ck_assert_int_eq(ms, st.makespan);
    ck_assert_uint_le(st.schedules, effort);
    ck_assert_uint_ge(st.schedules, 1);
    return ms;
}

typedef struct {
    const YpLevelProblem *pb;
    guint *order;
    gint *s;
    int *use;
    int horizon;
    int best;
} Search;

/* Exhaustive depth-first search over integer start times in a
 * topological order (every link then points from an assigned activity to
 * the one being assigned), keeping only makespans below the best so far. */
static void search(Search *x, guint depth, int makespan)
{
    const YpLevelProblem *pb = x->pb;
    const guint R = pb->n_resources;
    if (depth == pb->n_activities) {
        x->best = MIN(x->best, makespan);
        return;
    }
    guint j = x->order[depth];
    int d = pb->durations[j];
    int lo = 0;
    for (guint e = 0; e < pb->n_links; e++)
        if (pb->links[e].to == j)
            lo = MAX(lo, x->s[pb->links[e].from] + pb->links[e].delta);
    for (int t = lo; t + d < x->best && t + d <= x->horizon; t++) {
        gboolean fits = TRUE;
        for (int u = t; u < t + d && fits; u++)
            for (guint k = 0; k < R; k++)
                if (x->use[(gsize)u * R + k] + pb->demands[(gsize)j * R + k] > pb->capacities[k])
                    fits = FALSE;
        if (!fits)
            continue;
        for (int u = t; u < t + d; u++)
            for (guint k = 0; k < R; k++)
                x->use[(gsize)u * R + k] += pb->demands[(gsize)j * R + k];
        x->s[j] = t;
        search(x, depth + 1, MAX(makespan, t + d));
        for (int u = t; u < t + d; u++)
            for (guint k = 0; k < R; k++)
                x->use[(gsize)u * R + k] -= pb->demands[(gsize)j * R + k];
    }
}

/* The optimal makespan by exhaustive search (small problems only). */
static int brute_force_optimum(const YpLevelProblem *pb)
{
    const guint n = pb->n_activities;
    Search x = { .pb = pb };
    x.order = g_new(guint, n);
    x.s = g_new0(gint, n);
    /* every activity one after another, each after its largest lag, is
     * always feasible: a safe horizon */
    x.horizon = 0;
    for (guint i = 0; i < n; i++)
        x.horizon += pb->durations[i];
    for (guint e = 0; e < pb->n_links; e++)
        x.horizon += MAX(0, pb->links[e].delta);
    x.use = g_new0(int, (gsize)(x.horizon + 1) * MAX(pb->n_resources, 1));
    x.best = x.horizon + 1;
    /* topological order by repeated scans */
    g_autofree gboolean *done = g_new0(gboolean, n);
    for (guint k = 0; k < n; k++) {
        for (guint j = 0; j < n; j++) {
            if (done[j])
                continue;
            gboolean ready = TRUE;
            for (guint e = 0; e < pb->n_links; e++)
                if (pb->links[e].to == j && !done[pb->links[e].from])
                    ready = FALSE;
            if (ready) {
                done[j] = TRUE;
                x.order[k] = j;
                break;
            }
        }
    }
    search(&x, 0, 0);
    g_free(x.order);
    g_free(x.s);
    g_free(x.use);
    return x.best;
}

/* A small random problem: acyclic links (from lower to higher row, rows
 * then shuffled), all four link types with lags -2..2, two resources. */
typedef struct {
    YpLevelProblem pb;
    gint dur[8];
    gint dem[16];
    gint cap[2];
    YpLevelLink links[28];
} Small;

static void make_small(Small *x, YpRng *rng, guint n)
{
    memset(x, 0, sizeof *x);
    guint perm[8];
    for (guint i = 0; i < n; i++)
        perm[i] = i;
    for (guint i = n; i > 1; i--) {
        guint j = (guint)yp_rng_below(rng, i);
        guint t = perm[i - 1];
        perm[i - 1] = perm[j];
        perm[j] = t;
    }
    for (int k = 0; k < 2; k++)
        x->cap[k] = 2 + (gint)yp_rng_below(rng, 3);
    for (guint i = 0; i < n; i++) {
        x->dur[i] = (gint)yp_rng_below(rng, 5);
        for (int k = 0; k < 2; k++)
            x->dem[i * 2 + k] = yp_rng_below(rng, 3) ? (gint)yp_rng_below(rng, x->cap[k] + 1) : 0;
    }
    guint m = 0;
    for (guint a = 0; a < n; a++)
        for (guint b = a + 1; b < n; b++) {
            if (yp_rng_below(rng, 10) >= 3)
                continue;
            guint i = perm[a], j = perm[b];
            YpLevelLinkType type = (YpLevelLinkType)yp_rng_below(rng, 4);
            gint lag = (gint)yp_rng_range(rng, -2, 2);
            x->links[m].from = i;
            x->links[m].to = j;
            x->links[m].delta = yp_level_link_delta(type, lag, x->dur[i], x->dur[j]);
            m++;
        }
    x->pb.n_activities = n;
    x->pb.n_resources = 2;
    x->pb.durations = x->dur;
    x->pb.demands = x->dem;
    x->pb.capacities = x->cap;
    x->pb.n_links = m;
    x->pb.links = x->links;
}

/* ---- tests ---- */

START_TEST(test_link_delta)
{
    /* predecessor 5 days, successor 3 days, lag 2 */
    ck_assert_int_eq(yp_level_link_delta(YP_LEVEL_FS, 2, 5, 3), 7);
    ck_assert_int_eq(yp_level_link_delta(YP_LEVEL_SS, 2, 5, 3), 2);
    ck_assert_int_eq(yp_level_link_delta(YP_LEVEL_FF, 2, 5, 3), 4);
    ck_assert_int_eq(yp_level_link_delta(YP_LEVEL_SF, 2, 5, 3), -1);
    ck_assert_int_eq(yp_level_link_delta(YP_LEVEL_FS, -1, 5, 3), 4);
}
END_TEST

START_TEST(test_two_on_one_machine)
{
    /* one crane, two lifts of 3 and 2 days: one after the other, 5 days */
    const gint dur[] = { 3, 2 }, dem[] = { 1, 1 }, cap[] = { 1 };
    YpLevelProblem pb = { 2, 1, dur, dem, cap, 0, NULL };
    gint s[2];
    ck_assert_int_eq(schedule_checked(&pb, 100, s), 5);
    ck_assert(s[0] == 0 || s[1] == 0);
}
END_TEST

START_TEST(test_known_small_optimum)
{
    /* Capacity 3. A(4 days, 2 units) and B(3 days, 2 units) cannot run
     * together; C(2 days, 1 unit) fits beside either; D(2 days, 3 units)
     * needs everything and must follow C (FS). Work is 8 + 6 + 2 + 6 = 22
     * unit-days on 3 units, so at least 8 days; A and B alone take 7 days
     * and D 2 more with nothing beside it: 9 days is optimal, e.g. C at 0,
     * A at 0, B at 4, D at 7. */
    const gint dur[] = { 4, 3, 2, 2 }, dem[] = { 2, 2, 1, 3 }, cap[] = { 3 };
    const YpLevelLink links[] = { { 2, 3, 2 } };
    YpLevelProblem pb = { 4, 1, dur, dem, cap, 1, links };
    gint s[4];
    ck_assert_int_eq(schedule_checked(&pb, 200, s), 9);
    ck_assert_int_eq(brute_force_optimum(&pb), 9);
}
END_TEST

START_TEST(test_all_link_types_with_lags)
{
    /* One welding team (capacity 1) for every activity. Rows:
     * 1 A 3 days; 2 B 2 days, SS +1 after A; 3 C 2 days, FF +2 after B;
     * 4 D 1 day, SF -1 after C; 5 E 2 days, FS +1 after A.
     * Deltas: SS +1 -> 1; FF +2 -> 2 - 2 + 2 = 2; SF -1 -> -1 - 1 = -2;
     * FS +1 -> 3 + 1 = 4. The team does 3 + 2 + 2 + 1 + 2 = 10 days of work
     * in a row at best; A first (everything else waits for it) and
     * A, B, C, D, E back to back keeps every lag: S = 0, 3, 5, 7, 8, so
     * the optimum is 10 days. */
    const gint dur[] = { 3, 2, 2, 1, 2 }, dem[] = { 1, 1, 1, 1, 1 }, cap[] = { 1 };
    YpLevelLink links[] = {
        { 0, 1, yp_level_link_delta(YP_LEVEL_SS, 1, 3, 2) },
        { 1, 2, yp_level_link_delta(YP_LEVEL_FF, 2, 2, 2) },
        { 2, 3, yp_level_link_delta(YP_LEVEL_SF, -1, 2, 1) },
        { 0, 4, yp_level_link_delta(YP_LEVEL_FS, 1, 3, 2) },
    };
    ck_assert_int_eq(links[0].delta, 1);
    ck_assert_int_eq(links[1].delta, 2);
    ck_assert_int_eq(links[2].delta, -2);
    ck_assert_int_eq(links[3].delta, 4);
    YpLevelProblem pb = { 5, 1, dur, dem, cap, 4, links };
    gint s[5];
    ck_assert_int_eq(schedule_checked(&pb, 500, s), 10);
    ck_assert_int_eq(brute_force_optimum(&pb), 10);
    /* the links alone: A 0, B >= 0 + 1, C >= 1 + 2, D >= 3 - 2, E >= 0 + 4 */
    gint es[5];
    g_autoptr(GError) error = NULL;
    ck_assert(yp_level_early_starts(&pb, es, &error));
    ck_assert_int_eq(es[0], 0);
    ck_assert_int_eq(es[1], 1);
    ck_assert_int_eq(es[2], 3);
    ck_assert_int_eq(es[3], 1);
    ck_assert_int_eq(es[4], 4);
}
END_TEST

START_TEST(test_zero_duration_uses_nothing)
{
    /* A milestone that asks for the whole crew at the moment the crew is
     * busy: it uses nothing, so it sits at day 2 inside A. */
    const gint dur[] = { 4, 0 }, dem[] = { 2, 2 }, cap[] = { 2 };
    const YpLevelLink links[] = { { 0, 1, 2 } }; /* SS +2 */
    YpLevelProblem pb = { 2, 1, dur, dem, cap, 1, links };
    gint s[2];
    ck_assert_int_eq(schedule_checked(&pb, 50, s), 4);
    ck_assert_int_eq(s[0], 0);
    ck_assert_int_eq(s[1], 2);
}
END_TEST

START_TEST(test_negative_delta)
{
    /* B may start up to 3 days before A starts (delta -3) but both need
     * the single crane. A has a predecessor P of 3 days (FS). The optimum
     * runs B first at 0-2 while P works (P uses no crane), then A at 3-6:
     * 6 days; a schedule that waits for A before B would take 8. */
    const gint dur[] = { 3, 3, 2 }, dem[] = { 0, 1, 1 }, cap[] = { 1 };
    const YpLevelLink links[] = { { 0, 1, 3 }, { 1, 2, -3 } };
    YpLevelProblem pb = { 3, 1, dur, dem, cap, 2, links };
    gint s[3];
    ck_assert_int_eq(schedule_checked(&pb, 200, s), 6);
    ck_assert_int_eq(brute_force_optimum(&pb), 6);
    ck_assert_int_eq(s[1], 3);
    ck_assert_int_lt(s[2], 3);
}
END_TEST

START_TEST(test_random_small_against_brute_force)
{
    /* With every delta >= 0 a list sorted by the start times of an optimal
     * schedule makes the serial scheme reproduce it (each activity starts
     * no later than there), so the optimum must be found. A negative delta
     * lets a successor start before its predecessor, which the serial
     * scheme must still place first; some optima are then out of its
     * reach (docs/levelling.md), and only feasibility and the bound are
     * checked. */
    YpRng rng;
    yp_rng_init(&rng, 20240611);
    int exact = 0;
    for (int trial = 0; trial < 300; trial++) {
        Small x;
        make_small(&x, &rng, 5 + (guint)(trial % 3));
        gboolean negative = FALSE;
        for (guint e = 0; e < x.pb.n_links; e++)
            negative = negative || x.links[e].delta < 0;
        int opt = brute_force_optimum(&x.pb);
        gint s[8];
        int ms = schedule_checked(&x.pb, 1000, s);
        if (negative) {
            ck_assert_msg(ms >= opt, "trial %d: makespan %d below optimum %d", trial, ms, opt);
        } else {
            ck_assert_msg(ms == opt, "trial %d: makespan %d, optimum %d", trial, ms, opt);
            exact++;
        }
    }
    /* both kinds were drawn */
    ck_assert_int_gt(exact, 30);
    ck_assert_int_lt(exact, 270);
}
END_TEST

START_TEST(test_deterministic)
{
    /* a 40-activity random project, twice, and once more after another
     * call: identical starts */
    YpRng rng;
    yp_rng_init(&rng, 77);
    enum { N = 40 };
    gint dur[N], dem[N * 3], cap[3] = { 6, 5, 4 };
    YpLevelLink links[120];
    guint m = 0;
    for (guint i = 0; i < N; i++) {
        dur[i] = (gint)yp_rng_range(&rng, 0, 9);
        for (int k = 0; k < 3; k++)
            dem[i * 3 + k] = (gint)yp_rng_range(&rng, 0, cap[k]);
        for (int t = 0; t < 3 && i > 0; t++) {
            guint from = (guint)yp_rng_below(&rng, i);
            links[m].from = from;
            links[m].to = i;
            links[m].delta =
                yp_level_link_delta((YpLevelLinkType)yp_rng_below(&rng, 4),
                                    (gint)yp_rng_range(&rng, -2, 3), dur[from], dur[i]);
            m++;
        }
    }
    YpLevelProblem pb = { N, 3, dur, dem, cap, m, links };
    gint a[N], b[N], c[N];
    int ma = schedule_checked(&pb, 3000, a);
    int mb = schedule_checked(&pb, 3000, b);
    const gint one_dur[] = { 1 }, one_dem[] = { 0, 0, 0 };
    YpLevelProblem other = { 1, 3, one_dur, one_dem, cap, 0, NULL };
    gint o[1];
    schedule_checked(&other, 10, o);
    schedule_checked(&pb, 3000, c);
    ck_assert_int_eq(ma, mb);
    for (int i = 0; i < N; i++) {
        ck_assert_int_eq(a[i], b[i]);
        ck_assert_int_eq(a[i], c[i]);
    }
}
END_TEST

START_TEST(test_effort_and_stats)
{
    /* effort 1: the plain latest-finish-time rule, one schedule */
    const gint dur[] = { 2, 3, 1 }, dem[] = { 1, 1, 1 }, cap[] = { 2 };
    const YpLevelLink links[] = { { 0, 2, 2 } };
    YpLevelProblem pb = { 3, 1, dur, dem, cap, 1, links };
    YpLevelOptions opt;
    yp_level_options_init(&opt);
    ck_assert_uint_eq(opt.effort, 5000);
    opt.effort = 1;
    gint s[3];
    YpLevelStats st;
    ck_assert(yp_level_schedule(&pb, &opt, s, &st, NULL));
    ck_assert_uint_eq(st.schedules, 1);
    /* critical path A (2) then C (1): 3 days, which is also feasible */
    ck_assert_int_eq(st.lower_bound, 3);
    ck_assert_int_eq(st.makespan, 3);
    g_autoptr(GString) why = g_string_new(NULL);
    ck_assert_int_eq(check_schedule(&pb, s, why), 3);
    ck_assert(!st.work_capped);
    /* NULL options and stats */
    ck_assert(yp_level_schedule(&pb, NULL, s, NULL, NULL));
    ck_assert_int_eq(check_schedule(&pb, s, why), 3);
}
END_TEST

START_TEST(test_empty)
{
    YpLevelProblem pb = { 0, 0, NULL, NULL, NULL, 0, NULL };
    YpLevelStats st;
    ck_assert(yp_level_schedule(&pb, NULL, NULL, &st, NULL));
    ck_assert_int_eq(st.makespan, 0);
    /* activities without resources: the links alone decide */
    const gint dur[] = { 2, 5 };
    const YpLevelLink links[] = { { 0, 1, 2 } };
    YpLevelProblem pb2 = { 2, 0, dur, NULL, NULL, 1, links };
    gint s[2];
    ck_assert_int_eq(schedule_checked(&pb2, 20, s), 7);
}
END_TEST

static void expect_error(const YpLevelProblem *pb, guint effort, int code, const char *needle)
{
    YpLevelOptions opt;
    yp_level_options_init(&opt);
    opt.effort = effort;
    g_autofree gint *s = g_new(gint, MAX(pb->n_activities, 1));
    g_autoptr(GError) error = NULL;
    ck_assert(!yp_level_schedule(pb, &opt, s, NULL, &error));
    ck_assert(error != NULL);
    ck_assert_msg(g_error_matches(error, YP_ERROR, code), "got code %d: %s", error->code,
                  error->message);
    ck_assert_msg(strstr(error->message, needle) != NULL, "message '%s' lacks '%s'", error->message,
                  needle);
}

START_TEST(test_cycle)
{
    const gint dur[] = { 1, 2, 3, 4 }, dem[] = { 0, 0, 0, 0 }, cap[] = { 1 };
    /* rows 2 -> 3 -> 4 -> 2 */
    const YpLevelLink links[] = { { 0, 1, 1 }, { 1, 2, 2 }, { 2, 3, 3 }, { 3, 1, 4 } };
    YpLevelProblem pb = { 4, 1, dur, dem, cap, 4, links };
    expect_error(&pb, 100, YP_ERROR_CYCLE, "cycle");
    g_autoptr(GError) error = NULL;
    gint s[4];
    ck_assert(!yp_level_schedule(&pb, NULL, s, NULL, &error));
    ck_assert_ptr_nonnull(strstr(error->message, "2"));
    ck_assert_ptr_nonnull(strstr(error->message, "3"));
    ck_assert_ptr_nonnull(strstr(error->message, "4"));
    ck_assert_ptr_null(strstr(error->message, "1,"));
    /* a negative lag does not excuse a loop */
    const YpLevelLink loop[] = { { 0, 1, -1 }, { 1, 0, -1 } };
    YpLevelProblem pb2 = { 2, 1, dur, dem, cap, 2, loop };
    expect_error(&pb2, 100, YP_ERROR_CYCLE, "rows");
    const YpLevelLink self[] = { { 2, 2, 0 } };
    YpLevelProblem pb3 = { 4, 1, dur, dem, cap, 1, self };
    expect_error(&pb3, 100, YP_ERROR_CYCLE, "row 3");
}
END_TEST

START_TEST(test_invalid_input)
{
    const gint dur[] = { 1, 2 }, cap[] = { 3, 4 };
    /* row 2 needs 5 of resource 2, capacity 4 */
    const gint dem[] = { 1, 1, 0, 5 };
    YpLevelProblem pb = { 2, 2, dur, dem, cap, 0, NULL };
    expect_error(&pb, 100, YP_ERROR_INVALID, "row 2 needs 5 units of resource 2");
    const gint neg_dem[] = { 1, -1, 0, 0 };
    YpLevelProblem pb2 = { 2, 2, dur, neg_dem, cap, 0, NULL };
    expect_error(&pb2, 100, YP_ERROR_INVALID, "row 1");
    const gint neg_dur[] = { 1, -2 }, ok_dem[] = { 0, 0, 0, 0 };
    YpLevelProblem pb3 = { 2, 2, neg_dur, ok_dem, cap, 0, NULL };
    expect_error(&pb3, 100, YP_ERROR_INVALID, "row 2");
    const gint neg_cap[] = { 3, -1 };
    YpLevelProblem pb4 = { 2, 2, dur, ok_dem, neg_cap, 0, NULL };
    expect_error(&pb4, 100, YP_ERROR_INVALID, "resource 2");
    const YpLevelLink bad[] = { { 0, 7, 1 } };
    YpLevelProblem pb5 = { 2, 2, dur, ok_dem, cap, 1, bad };
    expect_error(&pb5, 100, YP_ERROR_INVALID, "row 8");
    YpLevelProblem pb6 = { 2, 2, dur, ok_dem, cap, 0, NULL };
    expect_error(&pb6, 0, YP_ERROR_INVALID, "effort");
}
END_TEST

START_TEST(test_limits)
{
    const guint big = YP_LEVEL_MAX_ACTIVITIES + 1;
    g_autofree gint *dur = g_new0(gint, big);
    g_autofree gint *dem = g_new0(gint, big);
    const gint cap[] = { 1 };
    YpLevelProblem pb = { big, 1, dur, dem, cap, 0, NULL };
    expect_error(&pb, 1, YP_ERROR_LIMIT, "4000");
    YpLevelProblem small = { 2, 1, dur, dem, cap, 0, NULL };
    expect_error(&small, YP_LEVEL_MAX_EFFORT + 1, YP_ERROR_LIMIT, "effort");
    /* effort x activities */
    YpLevelProblem many = { 3000, 1, dur, dem, cap, 0, NULL };
    expect_error(&many, 10000, YP_ERROR_LIMIT, "at most 6666");
    /* horizon: two activities of 600,000 days */
    const gint longdur[] = { 600000, 600000 };
    YpLevelProblem far = { 2, 1, longdur, dem, cap, 0, NULL };
    expect_error(&far, 10, YP_ERROR_LIMIT, "1000000");
    const gint huge[] = { 2000000, 1 };
    YpLevelProblem one = { 2, 1, huge, dem, cap, 0, NULL };
    expect_error(&one, 10, YP_ERROR_LIMIT, "row 1");
    /* a lag beyond the limit */
    const YpLevelLink lag[] = { { 0, 1, -2000000 } };
    YpLevelProblem lagged = { 2, 1, dur, dem, cap, 1, lag };
    expect_error(&lagged, 10, YP_ERROR_LIMIT, "lag");
}
END_TEST

/* ---- YARD.LEVEL on a table ---- */

/* Rows: 1 A (3 days), 2 blank, 3 B (2 days, SS+1 after A), 4 C (2 days,
 * after B), 5 M (milestone after B). A, B and C each need the one crane,
 * so they run one after another: A 0-3, B 3-5, C 5-7, and M at 5 (day 5
 * is B's finish). The links alone give ES = 0, 1, 3, 3: delays 0, 2, 2, 2. */
static const char *const t_ids[] = { "A", NULL, "B", "C", "M" };
static const double t_dur[] = { 3, NAN, 2, 2, 0 };
static const char *const t_pred[] = { "", "", "ASS+1", "B", "B" };

static YpLevelTable *run_table(const double *demands, const double *capacities, YpDay start,
                               YpCalendar *cal, const char *fields, GError **error)
{
    return yp_level_run((const char *const *)t_ids, t_dur, (const char *const *)t_pred, 5, demands,
                        1, capacities, cal, start, 500, fields, error);
}

START_TEST(test_fields)
{
    YpLevelField f[YP_LEVEL_N_FIELDS];
    guint n = 0;
    ck_assert(yp_level_fields_parse(NULL, f, &n, NULL));
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(f[0], YP_LEVEL_START);
    ck_assert_int_eq(f[1], YP_LEVEL_FINISH);
    ck_assert(yp_level_fields_parse(" delay ; start", f, &n, NULL));
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(f[0], YP_LEVEL_DELAY);
    ck_assert_int_eq(f[1], YP_LEVEL_START);
    g_autoptr(GError) e1 = NULL;
    ck_assert(!yp_level_fields_parse("START,ES", f, &n, &e1));
    ck_assert_ptr_nonnull(strstr(e1->message, "\"ES\""));
    g_autoptr(GError) e2 = NULL;
    ck_assert(!yp_level_fields_parse("finish,FINISH", f, &n, &e2));
    ck_assert_ptr_nonnull(strstr(e2->message, "twice"));
}
END_TEST

START_TEST(test_table_offsets)
{
    const double dem[] = { 1, NAN, 1, 1, NAN };
    const double cap[] = { 1 };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpLevelTable) t = run_table(dem, cap, 0, NULL, "START,FINISH,DELAY", &error);
    ck_assert_msg(t != NULL, "%s", error ? error->message : "");
    ck_assert_uint_eq(t->n_rows, 5);
    ck_assert_uint_eq(t->n_fields, 3);
    ck_assert(!t->dated);
    ck_assert_int_eq(t->makespan, 7);
    const double want[5][3] = {
        { 0, 3, 0 }, { NAN, NAN, NAN }, { 3, 5, 2 }, { 5, 7, 2 }, { 5, 5, 2 }
    };
    for (int r = 0; r < 5; r++)
        for (int c = 0; c < 3; c++) {
            double v = t->values[r * 3 + c];
            if (isnan(want[r][c]))
                ck_assert_msg(isnan(v), "row %d col %d: %g", r + 1, c + 1, v);
            else
                ck_assert_double_eq_tol(v, want[r][c], 1e-9);
        }
}
END_TEST

static double julian(int day, int month, int year)
{
    GDate d;
    g_date_clear(&d, 1);
    g_date_set_dmy(&d, (GDateDay)day, (GDateMonth)month, (GDateYear)year);
    return g_date_get_julian(&d);
}

START_TEST(test_table_dated)
{
    /* Five-day week from Monday 5 January 2026: working days 0..6 are
     * 5, 6, 7, 8, 9, 12, 13 January. A: 5-7 Jan; B: 8-9 Jan; C: 12-13 Jan;
     * the milestone M at offset 5 is shown at the end of day 4, 9 Jan
     * (YARD.CPM's rule). */
    YpWeekend weekend;
    ck_assert(yp_weekend_parse("5D", &weekend, NULL));
    g_autoptr(YpCalendar) cal = yp_calendar_new(weekend, NULL, 0, NULL);
    ck_assert_ptr_nonnull(cal);
    const double dem[] = { 1, NAN, 1, 1, NAN };
    const double cap[] = { 1 };
    g_autoptr(GError) error = NULL;
    g_autoptr(YpLevelTable) t = run_table(dem, cap, (YpDay)julian(5, 1, 2026), cal, NULL, &error);
    ck_assert_msg(t != NULL, "%s", error ? error->message : "");
    ck_assert(t->dated);
    ck_assert_uint_eq(t->n_fields, 2);
    ck_assert_double_eq(t->values[0], julian(5, 1, 2026));
    ck_assert_double_eq(t->values[1], julian(7, 1, 2026));
    ck_assert(isnan(t->values[2]) && isnan(t->values[3]));
    ck_assert_double_eq(t->values[4], julian(8, 1, 2026));
    ck_assert_double_eq(t->values[5], julian(9, 1, 2026));
    ck_assert_double_eq(t->values[6], julian(12, 1, 2026));
    ck_assert_double_eq(t->values[7], julian(13, 1, 2026));
    ck_assert_double_eq(t->values[8], julian(9, 1, 2026));
    ck_assert_double_eq(t->values[9], julian(9, 1, 2026));
}
END_TEST

static void expect_table_error(const double *dem, const double *cap, int code, const char *needle)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(YpLevelTable) t = run_table(dem, cap, 0, NULL, NULL, &error);
    ck_assert_ptr_null(t);
    ck_assert_msg(g_error_matches(error, YP_ERROR, code), "code %d: %s", error->code,
                  error->message);
    ck_assert_msg(strstr(error->message, needle) != NULL, "message '%s' lacks '%s'", error->message,
                  needle);
}

START_TEST(test_table_errors)
{
    const double cap[] = { 1 };
    /* row 4 (C) asks for 2 cranes */
    const double too_many[] = { 1, NAN, 1, 2, NAN };
    expect_table_error(too_many, cap, YP_ERROR_INVALID,
                       "Row 4: activity C needs 2 units of resource 1 but its capacity is 1");
    const double on_blank[] = { 1, 1, 1, 1, NAN };
    expect_table_error(on_blank, cap, YP_ERROR_INVALID, "Row 2 has demands but no activity");
    const double half[] = { 0.5, NAN, 1, 1, NAN };
    expect_table_error(half, cap, YP_ERROR_INVALID, "Row 1: the demand for resource 1");
    const double negative[] = { 1, NAN, -1, 1, NAN };
    expect_table_error(negative, cap, YP_ERROR_INVALID, "Row 3");
    const double ok[] = { 1, NAN, 1, 1, NAN };
    const double no_cap[] = { NAN };
    expect_table_error(ok, no_cap, YP_ERROR_INVALID, "capacity of resource 1 is missing");
    const double frac_cap[] = { 1.5 };
    expect_table_error(ok, frac_cap, YP_ERROR_INVALID, "whole number");
    const double huge_cap[] = { 2e9 };
    expect_table_error(ok, huge_cap, YP_ERROR_LIMIT, "limit");
    /* effort outside 1 .. 100000 */
    g_autoptr(GError) error = NULL;
    g_autoptr(YpLevelTable) t =
        yp_level_run((const char *const *)t_ids, t_dur, (const char *const *)t_pred, 5, ok, 1, cap,
                     NULL, 0, 0, NULL, &error);
    ck_assert_ptr_null(t);
    ck_assert(g_error_matches(error, YP_ERROR, YP_ERROR_INVALID));
    /* a network problem comes from the network's own checks */
    const char *const bad_pred[] = { "", "", "ASS+1", "Q", "B" };
    g_autoptr(GError) e2 = NULL;
    g_autoptr(YpLevelTable) t2 = yp_level_run((const char *const *)t_ids, t_dur, bad_pred, 5, ok, 1,
                                              cap, NULL, 0, 100, NULL, &e2);
    ck_assert_ptr_null(t2);
    ck_assert_ptr_nonnull(strstr(e2->message, "Q"));
}
END_TEST

/* ---- PSPLIB ---- */

/* A hand-made instance in the .sm format (not from PSPLIB): 2 real jobs
 * on one resource of capacity 2 that cannot run together. */
static const char *tiny_sm =
    "************************************************************************\n"
    "file with basedata            : hand.bas\n"
    "************************************************************************\n"
    "projects                      :  1\n"
    "jobs (incl. supersource/sink ):  4\n"
    "horizon                       :  7\n"
    "RESOURCES\n"
    "  - renewable                 :  1   R\n"
    "  - nonrenewable              :  0   N\n"
    "  - doubly constrained        :  0   D\n"
    "************************************************************************\n"
    "PROJECT INFORMATION:\n"
    "pronr.  #jobs rel.date duedate tardcost  MPM-Time\n"
    "    1      2      0       4        1        4\n"
    "************************************************************************\n"
    "PRECEDENCE RELATIONS:\n"
    "jobnr.    #modes  #successors   successors\n"
    "   1        1          2           2   3\n"
    "   2        1          1           4\n"
    "   3        1          1           4\n"
    "   4        1          0\n"
    "************************************************************************\n"
    "REQUESTS/DURATIONS:\n"
    "jobnr. mode duration  R 1\n"
    "------------------------------------------------------------------------\n"
    "  1      1     0       0\n"
    "  2      1     3       2\n"
    "  3      1     4       1\n"
    "  4      1     0       0\n"
    "************************************************************************\n"
    "RESOURCEAVAILABILITIES:\n"
    "  R 1\n"
    "    2\n"
    "************************************************************************\n";

static YpLevelProblem problem_of(const YpPsplibInstance *in, YpLevelLink *links)
{
    for (int a = 0; a < in->n_arcs; a++) {
        links[a].from = (guint)in->arc_from[a];
        links[a].to = (guint)in->arc_to[a];
        links[a].delta = in->durations[in->arc_from[a]];
    }
    YpLevelProblem pb = { (guint)in->n_jobs, (guint)in->n_resources, in->durations, in->demands,
                          in->capacities,    (guint)in->n_arcs,      links };
    return pb;
}

START_TEST(test_psplib_reader)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(YpPsplibInstance) in = yp_psplib_parse("j2hand_1", tiny_sm, &error);
    ck_assert_msg(in != NULL, "%s", error ? error->message : "");
    ck_assert_int_eq(in->n_jobs, 4);
    ck_assert_int_eq(in->n_resources, 1);
    ck_assert_int_eq(in->n_arcs, 4);
    ck_assert_int_eq(in->durations[2], 4);
    ck_assert_int_eq(in->demands[1], 2);
    ck_assert_int_eq(in->capacities[0], 2);
    ck_assert_int_eq(in->mpm_time, 4);
    ck_assert_int_eq(in->horizon, 7);
    ck_assert_int_eq(yp_psplib_critical_path(in), 4);
    YpLevelLink links[4];
    YpLevelProblem pb = problem_of(in, links);
    gint s[4];
    /* jobs 2 and 3 need 2 + 1 > 2 units: 3 + 4 = 7 days */
    ck_assert_int_eq(schedule_checked(&pb, 20, s), 7);
    /* a cut-off file is refused */
    g_autofree char *cut = g_strndup(tiny_sm, strlen(tiny_sm) / 2);
    g_autoptr(GError) error2 = NULL;
    g_autoptr(YpPsplibInstance) none = yp_psplib_parse("cut", cut, &error2);
    ck_assert_ptr_null(none);
    ck_assert_ptr_nonnull(error2);
}
END_TEST

START_TEST(test_psplib_j30_optima)
{
    /* The first instances of J30 groups 1 and 5 at the default effort
     * reach their proven optima (j30opt.sm). */
    const char *dir = g_getenv("YP_PSPLIB_DIR");
    g_autofree char *j30 = dir ? g_build_filename(dir, "j30", NULL) : NULL;
    if (j30 == NULL || !g_file_test(j30, G_FILE_TEST_IS_DIR))
        return; /* the data are not on this machine */
    g_autofree char *sol = g_build_filename(j30, "solutions", NULL);
    g_autoptr(YpPsplibReferences) refs = yp_psplib_references_load(sol);
    const char *names[] = { "j301_1.sm", "j301_2.sm", "j305_1.sm", "j309_1.sm" };
    for (gsize i = 0; i < G_N_ELEMENTS(names); i++) {
        g_autofree char *path = g_build_filename(j30, names[i], NULL);
        g_autoptr(GError) error = NULL;
        g_autoptr(YpPsplibInstance) in = yp_psplib_read(path, &error);
        ck_assert_msg(in != NULL, "%s", error ? error->message : "");
        YpPsplibReference ref;
        ck_assert(yp_psplib_references_lookup(refs, in, &ref));
        ck_assert(ref.from_opt_file);
        ck_assert_int_gt(ref.optimum, 0);
        g_autofree YpLevelLink *links = g_new(YpLevelLink, in->n_arcs);
        YpLevelProblem pb = problem_of(in, links);
        g_autofree gint *s = g_new(gint, in->n_jobs);
        int ms = schedule_checked(&pb, YP_LEVEL_DEFAULT_EFFORT, s);
        ck_assert_msg(ms == ref.optimum, "%s: %d, optimum %d", names[i], ms, ref.optimum);
        ck_assert_int_eq(yp_psplib_critical_path(in), in->mpm_time);
    }
}
END_TEST

static Suite *level_suite(void)
{
    Suite *s = suite_create("level");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_link_delta);
    tcase_add_test(tc, test_two_on_one_machine);
    tcase_add_test(tc, test_known_small_optimum);
    tcase_add_test(tc, test_all_link_types_with_lags);
    tcase_add_test(tc, test_zero_duration_uses_nothing);
    tcase_add_test(tc, test_negative_delta);
    tcase_add_test(tc, test_random_small_against_brute_force);
    tcase_add_test(tc, test_deterministic);
    tcase_add_test(tc, test_effort_and_stats);
    tcase_add_test(tc, test_empty);
    tcase_add_test(tc, test_cycle);
    tcase_add_test(tc, test_invalid_input);
    tcase_add_test(tc, test_limits);
    tcase_add_test(tc, test_fields);
    tcase_add_test(tc, test_table_offsets);
    tcase_add_test(tc, test_table_dated);
    tcase_add_test(tc, test_table_errors);
    tcase_add_test(tc, test_psplib_reader);
    tcase_add_test(tc, test_psplib_j30_optima);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return yp_test_run(level_suite());
}
