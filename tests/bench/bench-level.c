/* SPDX-License-Identifier: MPL-2.0 */
/*
 * Resource levelling on PSPLIB: schedules every .sm file of each folder
 * given on the command line at a fixed effort, checks every schedule with
 * its own checker (not the engine's), and prints the deviation from the
 * optimum (when the folder's solutions/ holds a PSPLIB opt file for every
 * instance, as for J30) or from the critical-path lower bound (J60 and
 * larger, the Kolisch-Hartmann convention), the number of instances at the
 * best known makespan, and the time per instance.
 *
 * Usage: bench-level [--effort N] [--seed S] [--limit K] [--join series|parallel]
 *                    [--basis auto|opt|cpm] [--verbose] [--skip-missing] FOLDER...
 *
 * --join pairs consecutive instances into one project of twice the size:
 * "series" links the first project's sink to the second's source (its
 * optimum is the sum of the two), "parallel" lets both share the larger of
 * each capacity (no reference; deviation from the critical path).
 * Exit status: 0 when every schedule passed the checks, 1 when one failed,
 * 77 (skip) when --skip-missing is given and a folder does not exist.
 */
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "scheduler/level.h"
#include "tests/bench/psplib.h"

typedef struct {
    char *name;
    int makespan;
    int cpm;
    int optimum;
    int best;
    double ms;
    double cpu_ms;
    gboolean from_opt_file;
} Row;

static void row_clear(gpointer p)
{
    g_free(((Row *)p)->name);
}

/* The benchmark's own feasibility check: a time-indexed usage table,
 * deliberately unlike the engine's breakpoint profile. */
static gboolean verify(const YpPsplibInstance *in, const int *s, int makespan, GString *why)
{
    const int n = in->n_jobs, R = in->n_resources;
    int end = 0;
    for (int j = 0; j < n; j++) {
        if (s[j] < 0) {
            g_string_printf(why, "job %d starts at %d < 0", j + 1, s[j]);
            return FALSE;
        }
        end = MAX(end, s[j] + in->durations[j]);
    }
    if (end != makespan) {
        g_string_printf(why, "reported makespan %d but the schedule ends at %d", makespan, end);
        return FALSE;
    }
    for (int a = 0; a < in->n_arcs; a++) {
        int i = in->arc_from[a], j = in->arc_to[a];
        if (s[j] < s[i] + in->durations[i]) {
            g_string_printf(why, "job %d starts at %d before job %d ends at %d", j + 1, s[j], i + 1,
                            s[i] + in->durations[i]);
            return FALSE;
        }
    }
    g_autofree int *use = g_new0(int, (gsize)MAX(end, 1) * (gsize)MAX(R, 1));
    for (int j = 0; j < n; j++)
        for (int t = s[j]; t < s[j] + in->durations[j]; t++)
            for (int k = 0; k < R; k++)
                use[(gsize)t * (gsize)R + (gsize)k] += in->demands[(gsize)j * (gsize)R + (gsize)k];
    for (int t = 0; t < end; t++)
        for (int k = 0; k < R; k++)
            if (use[(gsize)t * (gsize)R + (gsize)k] > in->capacities[k]) {
                g_string_printf(why, "resource %d uses %d > %d at time %d", k + 1,
                                use[(gsize)t * (gsize)R + (gsize)k], in->capacities[k], t);
                return FALSE;
            }
    return TRUE;
}

static YpPsplibInstance *join(const YpPsplibInstance *a, const YpPsplibInstance *b, gboolean series)
{
    YpPsplibInstance *j = g_new0(YpPsplibInstance, 1);
    /* In series each part keeps its own resources, so the optimum is the
     * sum of the parts' optima; in parallel they share capacities. */
    const int R = series ? a->n_resources + b->n_resources : MAX(a->n_resources, b->n_resources);
    j->name = g_strdup_printf("%s%s%s", a->name, series ? "+" : "|", b->name);
    j->n_jobs = a->n_jobs + b->n_jobs;
    j->n_resources = R;
    j->durations = g_new0(int, j->n_jobs);
    j->demands = g_new0(int, (gsize)j->n_jobs *(gsize)MAX(R, 1));
    j->capacities = g_new0(int, MAX(R, 1));
    const YpPsplibInstance *parts[2] = { a, b };
    int offset = 0, arcs = 0, roff = 0;
    j->arc_from = g_new(int, a->n_arcs + b->n_arcs + 1);
    j->arc_to = g_new(int, a->n_arcs + b->n_arcs + 1);
    for (int p = 0; p < 2; p++) {
        const YpPsplibInstance *x = parts[p];
        for (int i = 0; i < x->n_jobs; i++) {
            j->durations[offset + i] = x->durations[i];
            for (int k = 0; k < x->n_resources; k++)
                j->demands[(gsize)(offset + i) * (gsize)R + (gsize)(roff + k)] =
                    x->demands[(gsize)i * (gsize)x->n_resources + (gsize)k];
        }
        for (int k = 0; k < x->n_resources; k++)
            j->capacities[roff + k] = MAX(j->capacities[roff + k], x->capacities[k]);
        if (series)
            roff += x->n_resources;
        for (int e = 0; e < x->n_arcs; e++) {
            j->arc_from[arcs] = offset + x->arc_from[e];
            j->arc_to[arcs] = offset + x->arc_to[e];
            arcs++;
        }
        offset += x->n_jobs;
    }
    if (series) {
        /* the last job of a (its sink) before the first job of b */
        j->arc_from[arcs] = a->n_jobs - 1;
        j->arc_to[arcs] = a->n_jobs;
        arcs++;
    }
    j->n_arcs = arcs;
    return j;
}

static gint compare_paths(gconstpointer x, gconstpointer y)
{
    return g_strcmp0(*(const char *const *)x, *(const char *const *)y);
}

static GPtrArray *list_sm_files(const char *dir, GError **error)
{
    g_autoptr(GDir) d = g_dir_open(dir, 0, error);
    if (d == NULL)
        return NULL;
    GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
    const char *entry;
    while ((entry = g_dir_read_name(d)) != NULL)
        if (g_str_has_suffix(entry, ".sm"))
            g_ptr_array_add(files, g_build_filename(dir, entry, NULL));
    g_ptr_array_sort(files, compare_paths);
    return files;
}

typedef struct {
    guint effort;
    guint64 seed;
    int limit;
    const char *join;
    const char *basis;
    gboolean verbose;
} Config;

/* Schedules one instance; returns FALSE when its schedule fails a check. */
static gboolean run_one(const Config *cfg, const YpPsplibInstance *in, Row *row)
{
    const int n = in->n_jobs;
    g_autofree YpLevelLink *links = g_new(YpLevelLink, MAX(in->n_arcs, 1));
    for (int a = 0; a < in->n_arcs; a++) {
        links[a].from = (guint)in->arc_from[a];
        links[a].to = (guint)in->arc_to[a];
        links[a].delta = yp_level_link_delta(YP_LEVEL_FS, 0, in->durations[in->arc_from[a]],
                                             in->durations[in->arc_to[a]]);
    }
    YpLevelProblem pb = {
        .n_activities = (guint)n,
        .n_resources = (guint)in->n_resources,
        .durations = in->durations,
        .demands = in->demands,
        .capacities = in->capacities,
        .n_links = (guint)in->n_arcs,
        .links = links,
    };
    YpLevelOptions opt;
    yp_level_options_init(&opt);
    opt.effort = cfg->effort;
    opt.seed = cfg->seed;
    g_autofree int *starts = g_new(int, n);
    YpLevelStats st;
    g_autoptr(GError) error = NULL;
    clock_t c0 = clock();
    gint64 t0 = g_get_monotonic_time();
    gboolean ok = yp_level_schedule(&pb, &opt, starts, &st, &error);
    gint64 t1 = g_get_monotonic_time();
    clock_t c1 = clock();
    row->ms = (double)(t1 - t0) / 1000.0;
    row->cpu_ms = 1000.0 * (double)(c1 - c0) / CLOCKS_PER_SEC;
    if (!ok) {
        printf("FAIL %s: %s\n", in->name, error->message);
        return FALSE;
    }
    g_autoptr(GString) why = g_string_new(NULL);
    if (!verify(in, starts, st.makespan, why)) {
        printf("FAIL %s: infeasible schedule: %s\n", in->name, why->str);
        return FALSE;
    }
    row->makespan = st.makespan;
    row->cpm = yp_psplib_critical_path(in);
    if (row->cpm != st.lower_bound) {
        printf("FAIL %s: critical path %d, engine bound %d\n", in->name, row->cpm, st.lower_bound);
        return FALSE;
    }
    if (st.schedules > cfg->effort) {
        printf("FAIL %s: %u schedules for an effort of %u\n", in->name, st.schedules, cfg->effort);
        return FALSE;
    }
    if (st.work_capped)
        printf("NOTE %s: stopped by the work bound after %u schedules\n", in->name, st.schedules);
    return TRUE;
}

static int run_set(const Config *cfg, const char *dir)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) files = list_sm_files(dir, &error);
    if (files == NULL) {
        fprintf(stderr, "bench-level: %s\n", error->message);
        return 2;
    }
    g_autofree char *sol_dir = g_build_filename(dir, "solutions", NULL);
    g_autoptr(YpPsplibReferences) refs = yp_psplib_references_load(sol_dir);
    g_autofree char *base = g_path_get_basename(dir);
    g_autofree char *set_name =
        cfg->join ? g_strdup_printf("%s-%s", base, cfg->join) : g_strdup(base);
    gboolean joined = cfg->join != NULL;
    gboolean series = joined && strcmp(cfg->join, "series") == 0;
    guint count = files->len;
    if (joined)
        count /= 2;
    if (cfg->limit > 0 && (guint)cfg->limit < count)
        count = (guint)cfg->limit;

    g_autoptr(GArray) rows = g_array_new(FALSE, TRUE, sizeof(Row));
    g_array_set_clear_func(rows, row_clear);
    int failures = 0;
    for (guint k = 0; k < count; k++) {
        g_autoptr(YpPsplibInstance) in = NULL;
        Row row = { 0 };
        if (joined) {
            g_autoptr(YpPsplibInstance) a = yp_psplib_read(files->pdata[2 * k], &error);
            g_autoptr(YpPsplibInstance) b =
                a ? yp_psplib_read(files->pdata[2 * k + 1], &error) : NULL;
            if (b == NULL) {
                fprintf(stderr, "bench-level: %s\n", error->message);
                return 2;
            }
            in = join(a, b, series);
            YpPsplibReference ra, rb;
            if (series && yp_psplib_references_lookup(refs, a, &ra) &&
                yp_psplib_references_lookup(refs, b, &rb)) {
                if (ra.best > 0 && rb.best > 0)
                    row.best = ra.best + rb.best;
                if (ra.optimum > 0 && rb.optimum > 0)
                    row.optimum = ra.optimum + rb.optimum;
            }
        } else {
            in = yp_psplib_read(files->pdata[k], &error);
            if (in == NULL) {
                fprintf(stderr, "bench-level: %s\n", error->message);
                return 2;
            }
            YpPsplibReference ref;
            if (yp_psplib_references_lookup(refs, in, &ref)) {
                row.best = ref.best;
                row.optimum = ref.optimum;
                row.from_opt_file = ref.from_opt_file;
            }
        }
        row.name = g_strdup(in->name);
        if (!run_one(cfg, in, &row)) {
            failures++;
            g_free(row.name);
            continue;
        }
        if (cfg->verbose)
            printf("%s makespan=%d cpm=%d best=%d opt=%d ms=%.1f\n", row.name, row.makespan,
                   row.cpm, row.best, row.optimum, row.ms);
        g_array_append_val(rows, row);
    }

    /* The optimum is the basis only when a PSPLIB opt file gives it for
     * every instance (J30); otherwise the critical-path bound. */
    gboolean use_opt = rows->len > 0;
    for (guint i = 0; i < rows->len; i++) {
        const Row *r = &g_array_index(rows, Row, i);
        if (r->optimum <= 0 || (!r->from_opt_file && !series))
            use_opt = FALSE;
    }
    if (cfg->basis && strcmp(cfg->basis, "cpm") == 0)
        use_opt = FALSE;
    else if (cfg->basis && strcmp(cfg->basis, "opt") == 0 && rows->len > 0)
        use_opt = TRUE;
    double sum_dev = 0.0, max_dev = 0.0, sum_ms = 0.0, max_ms = 0.0, sum_cpu = 0.0;
    double sum_dev_best = 0.0;
    guint at_best = 0, with_best = 0, skipped = 0;
    guint used = 0;
    for (guint i = 0; i < rows->len; i++) {
        const Row *r = &g_array_index(rows, Row, i);
        int ref = use_opt ? r->optimum : r->cpm;
        if (ref <= 0) {
            skipped++;
            continue;
        }
        double dev = 100.0 * (double)(r->makespan - ref) / (double)ref;
        sum_dev += dev;
        max_dev = MAX(max_dev, dev);
        sum_ms += r->ms;
        sum_cpu += r->cpu_ms;
        max_ms = MAX(max_ms, r->ms);
        used++;
        if (r->best > 0) {
            with_best++;
            sum_dev_best += 100.0 * (double)(r->makespan - r->best) / (double)r->best;
            if (r->makespan <= r->best)
                at_best++;
        }
    }
    double avg_dev = used ? sum_dev / used : 0.0;
    double avg_ms = used ? sum_ms / used : 0.0;
    printf("# set %s: %u instances, effort %u schedules, seed %" G_GUINT64_FORMAT "\n", set_name,
           used, cfg->effort, cfg->seed);
    printf("#   deviation from the %s: average %.3f %%, maximum %.2f %%\n",
           use_opt ? "optimum" : "critical-path lower bound", avg_dev, max_dev);
    if (with_best > 0)
        printf("#   at the best known makespan: %u of %u; average %.3f %% above it\n", at_best,
               with_best, sum_dev_best / with_best);
    else
        printf("#   no best known makespans in %s\n", sol_dir);
    printf("#   time per instance: average %.1f ms, maximum %.1f ms (processor time: average "
           "%.1f ms)\n",
           avg_ms, max_ms, used ? sum_cpu / used : 0.0);
    if (skipped)
        printf("#   %u instances without a reference value were left out\n", skipped);
    if (failures)
        printf("#   %d instances FAILED\n", failures);
    printf("set=%s instances=%u avg_dev_pct=%.3f optimal_or_best=%u avg_ms=%.1f\n", set_name, used,
           avg_dev, at_best, avg_ms);
    fflush(stdout);
    return failures ? 1 : 0;
}

int main(int argc, char **argv)
{
    Config cfg = { .effort = YP_LEVEL_DEFAULT_EFFORT, .seed = YP_LEVEL_DEFAULT_SEED };
    gboolean skip_missing = FALSE;
    GPtrArray *dirs = g_ptr_array_new();
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--effort") == 0 && i + 1 < argc)
            cfg.effort = (guint)strtoul(argv[++i], NULL, 10);
        else if (strcmp(a, "--seed") == 0 && i + 1 < argc)
            cfg.seed = g_ascii_strtoull(argv[++i], NULL, 0);
        else if (strcmp(a, "--limit") == 0 && i + 1 < argc)
            cfg.limit = atoi(argv[++i]);
        else if (strcmp(a, "--join") == 0 && i + 1 < argc)
            cfg.join = argv[++i];
        else if (strcmp(a, "--basis") == 0 && i + 1 < argc)
            cfg.basis = argv[++i];
        else if (strcmp(a, "--verbose") == 0)
            cfg.verbose = TRUE;
        else if (strcmp(a, "--skip-missing") == 0)
            skip_missing = TRUE;
        else if (a[0] == '-') {
            fprintf(stderr, "bench-level: unknown option %s\n", a);
            return 2;
        } else
            g_ptr_array_add(dirs, (gpointer)a);
    }
    if (cfg.join && strcmp(cfg.join, "series") != 0 && strcmp(cfg.join, "parallel") != 0) {
        fprintf(stderr, "bench-level: --join takes series or parallel\n");
        return 2;
    }
    if (dirs->len == 0) {
        fprintf(stderr, "usage: bench-level [options] FOLDER...\n");
        return 2;
    }
    int status = 0;
    for (guint i = 0; i < dirs->len; i++) {
        const char *dir = dirs->pdata[i];
        if (!g_file_test(dir, G_FILE_TEST_IS_DIR)) {
            if (skip_missing) {
                printf("bench-level: %s not found, skipped\n", dir);
                g_ptr_array_free(dirs, TRUE);
                return 77;
            }
            fprintf(stderr, "bench-level: %s is not a folder\n", dir);
            return 2;
        }
        int s = run_set(&cfg, dir);
        status = MAX(status, s);
    }
    g_ptr_array_free(dirs, TRUE);
    return status;
}
