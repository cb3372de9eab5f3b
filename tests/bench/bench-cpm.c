/* SPDX-License-Identifier: MPL-2.0 */
/* The critical path engine at full size: a random network of 1,000,000
 * activities and 3,000,000 links of mixed types and lags, given as
 * predecessor texts, on a 5-day calendar with holidays. Prints the time of
 * parsing the texts, of the passes and of the floats (medians of several
 * runs, wall clock and process CPU time), and the memory the parse takes.
 * Targets (issue 3): passes with floats under 0.3 s, parsing under 1 s,
 * memory under 200 bytes per activity plus 40 per link.
 *
 * Two layouts of the same kind of network: rows listed in a topological
 * order (as a planner's sheet mostly is: work below what it waits for), and
 * rows shuffled at random (the worst case for the caches). */
#define _GNU_SOURCE /* clock_gettime, fork, mallinfo2 */
#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "scheduler/cpm.h"

#define N_ACT   1000000
#define N_LINKS 3000000
#define WINDOW  5000 /* predecessors lie at most this far back in the order */
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

typedef struct {
    double wall[RUNS];
    double cpu[RUNS];
} Timing;

static void record(Timing *t, int run, Stamp a, Stamp b)
{
    t->wall[run] = (double)(b.wall - a.wall) / 1e6;
    t->cpu[run] = (double)(b.cpu - a.cpu) / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(const double *v)
{
    double s[RUNS];
    memcpy(s, v, sizeof s);
    qsort(s, RUNS, sizeof(double), cmp_double);
    return s[RUNS / 2];
}

static double minimum(const double *v)
{
    double m = v[0];
    for (int i = 1; i < RUNS; i++)
        m = MIN(m, v[i]);
    return m;
}

static void print_timing(const char *what, const Timing *t, const char *target)
{
    printf("  %-24s %6.3f s wall %6.3f s cpu (median), %6.3f s wall (best)  %s\n", what,
           median(t->wall), median(t->cpu), minimum(t->wall), target);
}

static gint64 peak_rss_bytes(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (gint64)ru.ru_maxrss * 1024;
}

/* Resident memory now, from /proc/self/statm (Linux). */
static gint64 rss_bytes(void)
{
    long pages = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f != NULL) {
        if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        fclose(f);
    }
    return (gint64)resident * 4096;
}

static gint64 heap_in_use(void)
{
    struct mallinfo2 mi = mallinfo2();
    return (gint64)(mi.uordblks + mi.hblkhd);
}

/* Fixed-date holidays for each year of the span (New Year, Women's Day,
 * Nauryz, Labour Day, Victory Day and a few national days): enough to make
 * the calendar irregular. */
static YpCalendar *bench_calendar(void)
{
    static const int md[][2] = { { 1, 1 }, { 1, 2 }, { 3, 8 }, { 3, 21 }, { 3, 22 },  { 3, 23 },
                                 { 5, 1 }, { 5, 9 }, { 7, 6 }, { 8, 30 }, { 10, 25 }, { 12, 16 } };
    GArray *ex = g_array_new(FALSE, FALSE, sizeof(YpCalendarException));
    for (int y = 2026; y <= 2600; y++)
        for (gsize i = 0; i < G_N_ELEMENTS(md); i++) {
            YpCalendarException e = { .day = yp_day_from_ymd(y, md[i][0], md[i][1]),
                                      .working = FALSE };
            g_array_append_val(ex, e);
        }
    g_autoptr(GError) error = NULL;
    YpCalendar *cal =
        yp_calendar_new(YP_WEEKEND_DEFAULT, (YpCalendarException *)ex->data, ex->len, &error);
    g_array_free(ex, TRUE);
    if (cal == NULL) {
        fprintf(stderr, "calendar: %s\n", error->message);
        exit(1);
    }
    return cal;
}

typedef struct {
    char **ids;
    double *durations;
    char **preds;
} Table;

/* The table as the add-in would hand it over: IDs "P<number>", durations
 * 0..10 (one in twenty a milestone), 3 links per activity on average
 * (0 to 6) to activities up to WINDOW places earlier in a hidden
 * topological order, types FS:SS:FF:SF = 4:2:1:1, half with a lag in
 * -5..+10, some written with "d". @shuffle puts the rows in random order. */
static Table make_table(gboolean shuffle)
{
    GRand *rng = g_rand_new_with_seed(3);
    guint32 *row_of_rank = g_new(guint32, N_ACT);
    for (guint32 i = 0; i < N_ACT; i++)
        row_of_rank[i] = i;
    if (shuffle)
        for (guint32 i = N_ACT - 1; i > 0; i--) {
            guint32 j = g_rand_int_range(rng, 0, (gint32)i + 1), t = row_of_rank[i];
            row_of_rank[i] = row_of_rank[j];
            row_of_rank[j] = t;
        }
    /* Links per activity, by rank: exactly N_LINKS in all. */
    guint8 *count = g_new(guint8, N_ACT);
    for (guint32 k = 0; k < N_ACT; k++)
        count[k] = k == 0 ? 0 : (k < 3 ? 1 : 3);
    gint64 total = 3 * (gint64)(N_ACT - 3) + 2;
    for (int m = 0; m < 2000000; m++) {
        guint32 a = g_rand_int_range(rng, 3, N_ACT), b = g_rand_int_range(rng, 3, N_ACT);
        if (count[a] > 0 && count[b] < 6) {
            count[a]--;
            count[b]++;
        }
    }
    while (total < N_LINKS) {
        guint32 b = g_rand_int_range(rng, 3, N_ACT);
        if (count[b] < 6) {
            count[b]++;
            total++;
        }
    }

    Table t = { g_new(char *, N_ACT), g_new(double, N_ACT), g_new(char *, N_ACT) };
    for (guint32 r = 0; r < N_ACT; r++) {
        t.ids[r] = g_strdup_printf("P%u", r);
        t.durations[r] = g_rand_int_range(rng, 0, 20) == 0 ? 0 : g_rand_int_range(rng, 1, 11);
    }
    static const char *const types[] = { "FS", "FS", "FS", "FS", "SS", "SS", "FF", "SF" };
    GString *text = g_string_new(NULL);
    /* Texts are made in row order, so they lie in memory as the add-in's
     * conversion of a column would leave them. */
    guint32 *rank_of_row = g_new(guint32, N_ACT);
    for (guint32 k = 0; k < N_ACT; k++)
        rank_of_row[row_of_rank[k]] = k;
    for (guint32 r = 0; r < N_ACT; r++) {
        guint32 k = rank_of_row[r];
        g_string_truncate(text, 0);
        guint32 used[6];
        const char *used_type[6];
        for (int j = 0; j < count[k]; j++) {
            guint32 p;
            int ty;
            gboolean dup;
            do {
                guint32 back = g_rand_int_range(rng, 1, (gint32)MIN(k, WINDOW) + 1);
                p = row_of_rank[k - back];
                ty = g_rand_int_range(rng, 0, 8);
                dup = FALSE;
                for (int i = 0; i < j; i++)
                    dup |= used[i] == p && strcmp(used_type[i], types[ty]) == 0;
            } while (dup);
            used[j] = p;
            used_type[j] = types[ty];
            int lag = g_rand_int_range(rng, 0, 2) == 0 ? 0 : g_rand_int_range(rng, -5, 11);
            if (j > 0)
                g_string_append(text, "; ");
            if (ty < 4 && lag == 0)
                g_string_append_printf(text, "P%u", p);
            else
                g_string_append_printf(text, "P%u%s%+d%s", p, types[ty], lag, (p & 1) ? "d" : "");
        }
        t.preds[r] = g_strdup(text->str);
    }
    g_string_free(text, TRUE);
    g_free(rank_of_row);
    g_free(count);
    g_free(row_of_rank);
    g_rand_free(rng);
    return t;
}

static void free_table(Table *t)
{
    for (guint32 r = 0; r < N_ACT; r++) {
        g_free(t->ids[r]);
        g_free(t->preds[r]);
    }
    g_free(t->ids);
    g_free(t->preds);
    g_free(t->durations);
}

static void scenario(const char *title, gboolean shuffle, const YpCalendar *cal)
{
    Table table = make_table(shuffle);
    printf("%s\n", title);

    /* Parse, measuring memory on the first run. */
    Timing t_parse;
    YpNetwork *net = NULL;
    /* Peak RSS during the first parse less the RSS just before it: each
     * scenario runs in its own process, so the peak is this parse's. */
    gint64 rss0 = rss_bytes(), heap0 = heap_in_use();
    gint64 rss_delta = 0, heap_delta = 0;
    for (int run = 0; run < RUNS; run++) {
        g_autoptr(GError) error = NULL;
        Stamp a = now();
        YpNetwork *n = yp_network_parse((const char *const *)table.ids, table.durations,
                                        (const char *const *)table.preds, N_ACT, &error);
        record(&t_parse, run, a, now());
        if (n == NULL) {
            fprintf(stderr, "parse: %s\n", error->message);
            exit(1);
        }
        if (run == 0) {
            rss_delta = peak_rss_bytes() - rss0;
            heap_delta = heap_in_use() - heap0;
            net = n;
        } else {
            yp_network_free(n);
        }
    }

    /* The passes on caller-owned arrays, as risk analysis calls them. */
    gint32 *es = g_new(gint32, N_ACT), *ls = g_new(gint32, N_ACT), *ff = g_new(gint32, N_ACT);
    Timing t_fwd, t_bwd, t_ff, t_all, t_table;
    gint32 finish = 0;
    for (int run = 0; run < RUNS; run++) {
        Stamp s0 = now();
        finish = yp_cpm_forward(net, net->duration, es);
        Stamp s1 = now();
        yp_cpm_backward(net, net->duration, finish, ls);
        Stamp s2 = now();
        yp_cpm_free_float(net, net->duration, es, finish, ff);
        Stamp s3 = now();
        record(&t_fwd, run, s0, s1);
        record(&t_bwd, run, s1, s2);
        record(&t_ff, run, s2, s3);
        record(&t_all, run, s0, s3);
    }
    guint32 critical = 0;
    for (guint32 a = 0; a < N_ACT; a++)
        critical += ls[a] == es[a];

    /* The whole YARD.CPM result, dated on the calendar. */
    YpDay start = yp_day_from_ymd(2026, 1, 5);
    YpDay last = 0;
    for (int run = 0; run < RUNS; run++) {
        g_autoptr(GError) error = NULL;
        Stamp s0 = now();
        YpCpmTable *t = yp_cpm_table_new(net, cal, start, NULL, &error);
        record(&t_table, run, s0, now());
        if (t == NULL) {
            fprintf(stderr, "table: %s\n", error->message);
            exit(1);
        }
        for (gsize i = 0; i < t->n_rows; i++)
            last = MAX(last, (YpDay)t->values[i * 7 + 1]);
        yp_cpm_table_free(t);
    }
    int y, m, d;
    yp_day_to_ymd(last, &y, &m, &d);

    gint64 kept = (gint64)net->n_activities * (5 * sizeof(guint32) + sizeof(gint32)) +
                  2 * sizeof(guint32) + 2 * (gint64)net->n_links * sizeof(YpLink);
    for (guint32 a = 0; a < net->n_activities; a++)
        kept += strlen(yp_network_id(net, a)) + 1;
    double budget = 200.0 * N_ACT + 40.0 * N_LINKS;

    printf("  project finish: %d working days (%04d-%02d-%02d), %u critical activities\n", finish,
           y, m, d, critical);
    print_timing("parse 1,000,000 texts", &t_parse, "(target < 1 s)");
    print_timing("forward pass", &t_fwd, "");
    print_timing("backward pass", &t_bwd, "");
    print_timing("free floats", &t_ff, "");
    print_timing("passes + floats", &t_all, "(target < 0.3 s)");
    print_timing("dated YARD.CPM table", &t_table, "(passes, floats, 7 columns of dates)");
    printf("  memory: network kept %.1f MB (%.1f B per activity + 24 B per link), heap growth "
           "%.1f MB,\n          peak RSS growth during the parse %.1f MB = %.0f%% of the "
           "budget (200 B/activity + 40 B/link = %.0f MB)\n",
           kept / 1e6, (kept - 24.0 * N_LINKS) / N_ACT, heap_delta / 1e6, rss_delta / 1e6,
           100.0 * rss_delta / budget, budget / 1e6);

    g_free(es);
    g_free(ls);
    g_free(ff);
    yp_network_free(net);
    free_table(&table);
}

int main(void)
{
    g_autoptr(YpCalendar) cal = bench_calendar();
    printf("Critical path: %d activities, %d links of mixed types and lags, read from "
           "predecessor texts; medians of %d runs\n",
           N_ACT, N_LINKS, RUNS);
    fflush(stdout);
    /* Each layout in a child process of its own, for a clean peak RSS. */
    for (int shuffle = 0; shuffle < 2; shuffle++) {
        pid_t pid = fork();
        if (pid == 0) {
            scenario(shuffle ? "Rows shuffled:" : "Rows in topological order:", shuffle, cal);
            fflush(stdout);
            _exit(0);
        }
        int status = 1;
        if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
            WEXITSTATUS(status) != 0) {
            fprintf(stderr, "scenario %d failed\n", shuffle);
            return 1;
        }
    }
    return 0;
}
