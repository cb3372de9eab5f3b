/* SPDX-License-Identifier: MPL-2.0 */
/* Schedule risk analysis at the sizes of issue 5: 10,000 trials on random
 * networks of 100 and 1,000 activities (targets 0.1 s and 1 s on the
 * 2-core reference machine, both cores allowed), for scale 10,000
 * activities, and one call at the work limit (YP_RISK_MAX_WORK). Prints
 * the medians of several runs of YARD.SRA's engine (parse, trials, three
 * percentiles) with the automatic thread count and with one thread, and of
 * YARD.CRITICALITY's, wall clock and process CPU time, and the time per
 * trial and activity. */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "scheduler/risk.h"

#ifndef RUNS
#define RUNS 7
#endif

typedef struct {
    gint64 wall; /* microseconds */
    gint64 cpu;  /* nanoseconds of process CPU time */
} Stamp;

static Stamp now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (Stamp){ g_get_monotonic_time(), (gint64)ts.tv_sec * 1000000000 + ts.tv_nsec };
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (gsize)n, sizeof(double), cmp_double);
    return v[n / 2];
}

/* An activity table as the add-in hands it over: IDs "A<row>", links to 1
 * to 5 (3 on average) of the 30 rows before, types FS:SS:FF:SF = 4:2:1:1,
 * half of them with a lag of -2..5 days; durations optimistic 1..10,
 * likely 0..10 days more, pessimistic 0..20 more; one activity in twenty
 * fixed, one in twenty a milestone. */
typedef struct {
    guint32 n;
    char **ids;
    char **preds;
    double *a, *m, *b;
    guint32 n_links;
} Table;

static Table make_table(guint32 n, guint64 seed)
{
    static const char *const types[] = { "FS", "FS", "FS", "FS", "SS", "SS", "FF", "SF" };
    YpRng rng;
    yp_rng_init(&rng, seed);
    Table t = {
        n, g_new(char *, n), g_new(char *, n), g_new(double, n), g_new(double, n), g_new(double, n),
        0
    };
    GString *text = g_string_new(NULL);
    for (guint32 r = 0; r < n; r++) {
        t.ids[r] = g_strdup_printf("A%u", r);
        g_string_truncate(text, 0);
        guint32 want = r == 0 ? 0 : (guint32)yp_rng_range(&rng, 1, 5);
        guint32 used[5];
        guint32 k = 0;
        for (guint32 j = 0; j < want && k < r; j++) {
            guint32 p = r - 1 - (guint32)yp_rng_below(&rng, MIN(r, 30));
            gboolean dup = FALSE;
            for (guint32 i = 0; i < k; i++)
                dup |= used[i] == p;
            if (dup)
                continue;
            used[k++] = p;
            const char *ty = types[yp_rng_below(&rng, 8)];
            int lag = yp_rng_below(&rng, 2) ? (int)yp_rng_range(&rng, -2, 5) : 0;
            g_string_append_printf(text, "%sA%u%s%+d", text->len ? "; " : "", p, ty, lag);
        }
        t.n_links += k;
        t.preds[r] = g_strdup(text->str);
        guint64 kind = yp_rng_below(&rng, 20);
        double a = (double)yp_rng_range(&rng, 1, 10);
        if (kind == 0) {
            t.a[r] = t.m[r] = t.b[r] = 0;
        } else if (kind == 1) {
            t.a[r] = t.m[r] = t.b[r] = a;
        } else {
            t.a[r] = a;
            t.m[r] = a + (double)yp_rng_range(&rng, 0, 10);
            t.b[r] = t.m[r] + (double)yp_rng_range(&rng, 0, 20);
        }
    }
    g_string_free(text, TRUE);
    return t;
}

static void free_table(Table *t)
{
    for (guint32 r = 0; r < t->n; r++) {
        g_free(t->ids[r]);
        g_free(t->preds[r]);
    }
    g_free(t->ids);
    g_free(t->preds);
    g_free(t->a);
    g_free(t->m);
    g_free(t->b);
}

static void bench_size(guint32 n, guint32 trials, int runs, double target)
{
    Table t = make_table(n, 20260305);
    const double p[] = { 0.5, 0.8, 0.9 };
    double out[3];
    double wall[RUNS], cpu[RUNS], wall1[RUNS], cpu1[RUNS], cwall[RUNS], ccpu[RUNS];
    g_autofree double *crit = g_new(double, n);
    for (int run = 0; run < runs; run++) {
        g_autoptr(GError) error = NULL;
        Stamp s0 = now();
        if (!yp_risk_sra((const char *const *)t.ids, t.a, t.m, t.b, (const char *const *)t.preds, n,
                         p, 3, trials, NULL, 0, out, &error)) {
            fprintf(stderr, "SRA: %s\n", error->message);
            exit(1);
        }
        Stamp s1 = now();
        wall[run] = (double)(s1.wall - s0.wall) / 1e6;
        cpu[run] = (double)(s1.cpu - s0.cpu) / 1e9;

        /* The same work on one thread. */
        g_autoptr(YpRiskModel) model = yp_risk_model_new((const char *const *)t.ids, t.a, t.m, t.b,
                                                         (const char *const *)t.preds, n, &error);
        Stamp s2 = now();
        g_autoptr(YpRiskResult) r = yp_risk_simulate(model, trials, YP_RISK_SEED, FALSE, 1, NULL);
        Stamp s3 = now();
        wall1[run] = (double)(s3.wall - s2.wall) / 1e6;
        cpu1[run] = (double)(s3.cpu - s2.cpu) / 1e9;
        if (yp_risk_percentile(r->finish, r->n_trials, 0.8) != (gint32)out[1]) {
            fprintf(stderr, "one thread and several disagree\n");
            exit(1);
        }

        Stamp s4 = now();
        if (!yp_risk_criticality((const char *const *)t.ids, t.a, t.m, t.b,
                                 (const char *const *)t.preds, n, trials, crit, &error)) {
            fprintf(stderr, "CRITICALITY: %s\n", error->message);
            exit(1);
        }
        Stamp s5 = now();
        cwall[run] = (double)(s5.wall - s4.wall) / 1e6;
        ccpu[run] = (double)(s5.cpu - s4.cpu) / 1e9;
    }
    double w1 = median(wall1, runs);
    printf("%u activities, %u links, %u trials (%.2g units of work), %d runs: P50 %.0f, P80 "
           "%.0f, P90 %.0f days\n",
           n, t.n_links, trials, (double)trials * (n + t.n_links), runs, out[0], out[1], out[2]);
    printf("  SRA, automatic threads    %8.4f s wall  %8.4f s cpu", median(wall, runs),
           median(cpu, runs));
    if (target > 0)
        printf("  (target %.1f s)", target);
    printf("\n");
    printf("  trials on one thread      %8.4f s wall  %8.4f s cpu  %.1f ns per trial and "
           "activity\n",
           w1, median(cpu1, runs), w1 * 1e9 / ((double)trials * n));
    printf("  CRITICALITY, automatic    %8.4f s wall  %8.4f s cpu\n", median(cwall, runs),
           median(ccpu, runs));
    free_table(&t);
}

int main(void)
{
    printf("bench-risk: %u processors; each figure is the median of the runs listed\n",
           g_get_num_processors());
    bench_size(100, 10000, RUNS, 0.1);
    bench_size(1000, 10000, RUNS, 1.0);
    bench_size(10000, 10000, 3, 0);
    /* At the limit: 10,000 trials of about 50,000 activities and links. */
    bench_size(12800, 10000, 3, 0);
    return 0;
}
