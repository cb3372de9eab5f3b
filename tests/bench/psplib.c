/* SPDX-License-Identifier: MPL-2.0 */
#include "tests/bench/psplib.h"

#include <stdlib.h>
#include <string.h>

#define PSPLIB_ERROR         (g_quark_from_static_string("yp-psplib-error"))
#define PSPLIB_MAX_JOBS      100000
#define PSPLIB_MAX_RESOURCES 1000

void yp_psplib_instance_free(YpPsplibInstance *inst)
{
    if (inst == NULL)
        return;
    g_free(inst->name);
    g_free(inst->durations);
    g_free(inst->demands);
    g_free(inst->capacities);
    g_free(inst->arc_from);
    g_free(inst->arc_to);
    g_free(inst);
}

/* Splits a line into integers; stops at the first token that is not a
 * plain (optionally negative) integer. Returns how many were read. */
static int parse_ints(const char *line, int *out, int max)
{
    int count = 0;
    const char *p = line;
    while (count < max) {
        while (*p == ' ' || *p == '\t' || *p == '\r')
            p++;
        if (*p == '\0' || *p == '\n')
            break;
        char *end = NULL;
        long v = strtol(p, &end, 10);
        if (end == p ||
            (*end != '\0' && *end != ' ' && *end != '\t' && *end != '\r' && *end != '\n'))
            break;
        if (v < -1000000000L || v > 1000000000L)
            break;
        out[count++] = (int)v;
        p = end;
    }
    return count;
}

/* The integer after the first ':' of a header line such as
 * "jobs (incl. supersource/sink ):  32". */
static gboolean value_after_colon(const char *line, int *value)
{
    const char *colon = strchr(line, ':');
    if (colon == NULL)
        return FALSE;
    int v[1];
    if (parse_ints(colon + 1, v, 1) != 1)
        return FALSE;
    *value = v[0];
    return TRUE;
}

static void parse_name(YpPsplibInstance *inst)
{
    /* PSPLIB names are j<size><par>_<inst>, size = non-dummy jobs. */
    char prefix[32];
    g_snprintf(prefix, sizeof prefix, "j%d", inst->n_jobs - 2);
    gsize len = strlen(prefix);
    if (g_ascii_strncasecmp(inst->name, prefix, len) != 0)
        return;
    const char *p = inst->name + len;
    char *end = NULL;
    long par = strtol(p, &end, 10);
    if (end == p || *end != '_')
        return;
    const char *q = end + 1;
    long num = strtol(q, &end, 10);
    if (end == q || *end != '\0' || par <= 0 || num <= 0 || par > 100000 || num > 100000)
        return;
    inst->par = (int)par;
    inst->inst = (int)num;
}

YpPsplibInstance *yp_psplib_parse(const char *name, const char *text, GError **error)
{
    g_return_val_if_fail(name != NULL && text != NULL, NULL);
    g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
    guint n_lines = g_strv_length(lines);
    g_autoptr(YpPsplibInstance) inst = g_new0(YpPsplibInstance, 1);
    inst->name = g_strdup(name);
    inst->n_jobs = -1;
    inst->n_resources = -1;
    inst->mpm_time = -1;
    gboolean have_prec = FALSE, have_req = FALSE, have_cap = FALSE;
    GArray *from = g_array_new(FALSE, FALSE, sizeof(int));
    GArray *to = g_array_new(FALSE, FALSE, sizeof(int));
    int *row = g_new(int, PSPLIB_MAX_RESOURCES + 8);
    gboolean ok = TRUE;
    const char *why = NULL;

    for (guint i = 0; i < n_lines && ok; i++) {
        const char *line = lines[i];
        if (strstr(line, "jobs (incl. supersource/sink") != NULL) {
            if (!value_after_colon(line, &inst->n_jobs) || inst->n_jobs < 2 ||
                inst->n_jobs > PSPLIB_MAX_JOBS) {
                ok = FALSE;
                why = "bad job count";
            }
        } else if (g_str_has_prefix(line, "horizon")) {
            if (!value_after_colon(line, &inst->horizon))
                inst->horizon = 0;
        } else if (strstr(line, "- renewable") != NULL) {
            if (!value_after_colon(line, &inst->n_resources) || inst->n_resources < 0 ||
                inst->n_resources > PSPLIB_MAX_RESOURCES) {
                ok = FALSE;
                why = "bad resource count";
            }
        } else if (g_str_has_prefix(line, "PROJECT INFORMATION")) {
            /* header line, then "pronr #jobs rel.date duedate tardcost MPM" */
            if (i + 2 < n_lines && parse_ints(lines[i + 2], row, 6) == 6)
                inst->mpm_time = row[5];
        } else if (g_str_has_prefix(line, "PRECEDENCE RELATIONS")) {
            if (inst->n_jobs < 2) {
                ok = FALSE;
                why = "precedence table before the job count";
                break;
            }
            guint k = i + 2; /* skip the column header */
            for (int j = 0; j < inst->n_jobs && ok; j++, k++) {
                if (k >= n_lines) {
                    ok = FALSE;
                    why = "precedence table cut short";
                    break;
                }
                int cap = 3 + inst->n_jobs;
                int *vals = g_new(int, cap);
                int got = parse_ints(lines[k], vals, cap);
                if (got < 3 || vals[0] != j + 1 || vals[1] != 1 || vals[2] < 0 ||
                    got != 3 + vals[2]) {
                    ok = FALSE;
                    why = "malformed precedence row";
                } else {
                    for (int s = 0; s < vals[2]; s++) {
                        int succ = vals[3 + s] - 1;
                        if (succ < 0 || succ >= inst->n_jobs || succ == j) {
                            ok = FALSE;
                            why = "successor out of range";
                            break;
                        }
                        g_array_append_val(from, j);
                        g_array_append_val(to, succ);
                    }
                }
                g_free(vals);
            }
            have_prec = ok;
        } else if (g_str_has_prefix(line, "REQUESTS/DURATIONS")) {
            if (inst->n_jobs < 2 || inst->n_resources < 0) {
                ok = FALSE;
                why = "request table before the header";
                break;
            }
            inst->durations = g_new0(int, inst->n_jobs);
            inst->demands = g_new0(int, (gsize)inst->n_jobs *(gsize)MAX(inst->n_resources, 1));
            guint k = i + 1;
            while (k < n_lines && (lines[k][0] == '-' || strstr(lines[k], "jobnr") != NULL))
                k++;
            for (int j = 0; j < inst->n_jobs && ok; j++, k++) {
                int want = 3 + inst->n_resources;
                if (k >= n_lines || parse_ints(lines[k], row, want) != want || row[0] != j + 1 ||
                    row[1] != 1 || row[2] < 0) {
                    ok = FALSE;
                    why = "malformed request row (only single-mode files are read)";
                    break;
                }
                inst->durations[j] = row[2];
                for (int r = 0; r < inst->n_resources; r++) {
                    if (row[3 + r] < 0) {
                        ok = FALSE;
                        why = "negative request";
                    }
                    inst->demands[(gsize)j * (gsize)inst->n_resources + (gsize)r] = row[3 + r];
                }
            }
            have_req = ok;
        } else if (g_str_has_prefix(line, "RESOURCEAVAILABILITIES")) {
            if (inst->n_resources < 0 || i + 2 >= n_lines) {
                ok = FALSE;
                why = "capacity table before the header";
                break;
            }
            inst->capacities = g_new0(int, MAX(inst->n_resources, 1));
            int got = parse_ints(lines[i + 2], row, inst->n_resources);
            if (got != inst->n_resources) {
                ok = FALSE;
                why = "malformed capacity row";
                break;
            }
            for (int r = 0; r < inst->n_resources; r++) {
                if (row[r] < 0) {
                    ok = FALSE;
                    why = "negative capacity";
                }
                inst->capacities[r] = row[r];
            }
            have_cap = ok;
        }
    }
    g_free(row);
    if (ok && !(have_prec && have_req && have_cap)) {
        ok = FALSE;
        why = "a section is missing";
    }
    if (!ok) {
        g_array_free(from, TRUE);
        g_array_free(to, TRUE);
        g_set_error(error, PSPLIB_ERROR, 1, "%s: %s", name, why ? why : "unreadable");
        return NULL;
    }
    inst->n_arcs = (int)from->len;
    inst->arc_from = (int *)(void *)g_array_free(from, FALSE);
    inst->arc_to = (int *)(void *)g_array_free(to, FALSE);
    parse_name(inst);
    return g_steal_pointer(&inst);
}

YpPsplibInstance *yp_psplib_read(const char *path, GError **error)
{
    g_autofree char *text = NULL;
    if (!g_file_get_contents(path, &text, NULL, error))
        return NULL;
    g_autofree char *base = g_path_get_basename(path);
    if (g_str_has_suffix(base, ".sm"))
        base[strlen(base) - 3] = '\0';
    return yp_psplib_parse(base, text, error);
}

int yp_psplib_critical_path(const YpPsplibInstance *inst)
{
    g_return_val_if_fail(inst != NULL, 0);
    int n = inst->n_jobs;
    /* Longest path by repeated relaxation in Kahn order (arcs may be in
     * any order in a hand-made file, so no id order is assumed). */
    g_autofree int *indeg = g_new0(int, n);
    g_autofree int *finish = g_new0(int, n);
    g_autofree int *queue = g_new(int, n);
    for (int a = 0; a < inst->n_arcs; a++)
        indeg[inst->arc_to[a]]++;
    int head = 0, tail = 0;
    for (int j = 0; j < n; j++)
        if (indeg[j] == 0)
            queue[tail++] = j;
    int best = 0;
    while (head < tail) {
        int i = queue[head++];
        finish[i] += inst->durations[i];
        best = MAX(best, finish[i]);
        for (int a = 0; a < inst->n_arcs; a++) {
            if (inst->arc_from[a] != i)
                continue;
            int j = inst->arc_to[a];
            finish[j] = MAX(finish[j], finish[i]);
            if (--indeg[j] == 0)
                queue[tail++] = j;
        }
    }
    return tail == n ? best : -1;
}

/* ---- reference values ---- */

struct _YpPsplibReferences {
    GHashTable *by_name;   /* "j601_1" -> YpPsplibReference */
    GHashTable *by_number; /* GINT_TO_POINTER(par * 100000 + inst) -> ... */
};

void yp_psplib_references_free(YpPsplibReferences *refs)
{
    if (refs == NULL)
        return;
    g_hash_table_unref(refs->by_name);
    g_hash_table_unref(refs->by_number);
    g_free(refs);
}

static YpPsplibReference *ref_slot_number(YpPsplibReferences *refs, int par, int inst)
{
    gpointer key = GINT_TO_POINTER(par * 100000 + inst);
    YpPsplibReference *r = g_hash_table_lookup(refs->by_number, key);
    if (r == NULL) {
        r = g_new0(YpPsplibReference, 1);
        g_hash_table_insert(refs->by_number, key, r);
    }
    return r;
}

static YpPsplibReference *ref_slot_name(YpPsplibReferences *refs, const char *name)
{
    YpPsplibReference *r = g_hash_table_lookup(refs->by_name, name);
    if (r == NULL) {
        r = g_new0(YpPsplibReference, 1);
        g_hash_table_insert(refs->by_name, g_strdup(name), r);
    }
    return r;
}

static void merge_best(int *slot, int value)
{
    if (value > 0 && (*slot == 0 || value < *slot))
        *slot = value;
}

static void merge_lower(int *slot, int value)
{
    if (value > 0 && value > *slot)
        *slot = value;
}

typedef enum { TABLE_OPT, TABLE_HRS, TABLE_LB } TableKind;

static void load_sm_table(YpPsplibReferences *refs, const char *text, TableKind kind)
{
    g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
    for (guint i = 0; lines[i] != NULL; i++) {
        int v[4];
        int got = parse_ints(lines[i], v, 4);
        if (got < 3 || v[0] <= 0 || v[1] <= 0 || v[2] <= 0)
            continue;
        /* Only whole rows of leading integers count: a header such as
         * "Average CPU-Time : 28.97" never yields three. */
        YpPsplibReference *r = ref_slot_number(refs, v[0], v[1]);
        switch (kind) {
        case TABLE_OPT:
            r->optimum = v[2];
            r->from_opt_file = TRUE;
            merge_best(&r->best, v[2]);
            merge_lower(&r->lower, v[2]);
            break;
        case TABLE_HRS:
            merge_best(&r->best, v[2]);
            break;
        case TABLE_LB:
            merge_best(&r->best, v[2]);
            if (got >= 4) {
                merge_lower(&r->lower, v[3]);
                if (strchr(lines[i], '*') != NULL && v[2] == v[3] && r->optimum == 0)
                    r->optimum = v[2];
            }
            break;
        }
    }
}

static int column_of(char **header, const char *name)
{
    for (int c = 0; header[c] != NULL; c++) {
        g_autofree char *cell = g_strstrip(g_strdup(header[c]));
        if (g_ascii_strcasecmp(cell, name) == 0)
            return c;
    }
    return -1;
}

static int cell_int(char **cells, int c)
{
    if (c < 0 || (guint)c >= g_strv_length(cells))
        return 0;
    int v[1];
    return parse_ints(cells[c], v, 1) == 1 ? v[0] : 0;
}

static void load_ghent_table(YpPsplibReferences *refs, const char *text)
{
    g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
    g_auto(GStrv) header = NULL;
    for (guint i = 0; lines[i] != NULL; i++) {
        if (header == NULL) {
            if (g_str_has_prefix(lines[i], "ID;"))
                header = g_strsplit(lines[i], ";", -1);
            continue;
        }
        if (lines[i][0] == '#')
            break;
        g_auto(GStrv) cells = g_strsplit(lines[i], ";", -1);
        if (g_strv_length(cells) < 2)
            continue;
        g_autofree char *file = g_strstrip(g_strdup(cells[1]));
        if (!g_str_has_suffix(file, ".sm"))
            continue;
        file[strlen(file) - 3] = '\0';
        YpPsplibReference *r = ref_slot_name(refs, file);
        merge_best(&r->best, cell_int(cells, column_of(header, "UB value")));
        merge_lower(&r->lower, cell_int(cells, column_of(header, "LB value")));
        int opt = cell_int(cells, column_of(header, "OPT value"));
        if (opt > 0 && r->optimum == 0)
            r->optimum = opt;
    }
}

static gint compare_names(gconstpointer a, gconstpointer b)
{
    return g_strcmp0(*(const char *const *)a, *(const char *const *)b);
}

YpPsplibReferences *yp_psplib_references_load(const char *dir)
{
    YpPsplibReferences *refs = g_new0(YpPsplibReferences, 1);
    refs->by_name = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    refs->by_number = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
    g_autoptr(GDir) d = dir ? g_dir_open(dir, 0, NULL) : NULL;
    if (d == NULL)
        return refs;
    /* Read in sorted order so that the table never depends on readdir. */
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
    const char *entry;
    while ((entry = g_dir_read_name(d)) != NULL)
        g_ptr_array_add(names, g_strdup(entry));
    g_ptr_array_sort(names, compare_names);
    for (guint i = 0; i < names->len; i++) {
        const char *file = g_ptr_array_index(names, i);
        g_autofree char *path = g_build_filename(dir, file, NULL);
        g_autofree char *text = NULL;
        g_autofree char *lower = g_ascii_strdown(file, -1);
        if (!g_file_get_contents(path, &text, NULL, NULL))
            continue;
        if (g_str_has_suffix(lower, "opt.sm"))
            load_sm_table(refs, text, TABLE_OPT);
        else if (g_str_has_suffix(lower, "hrs.sm"))
            load_sm_table(refs, text, TABLE_HRS);
        else if (g_str_has_suffix(lower, "lb.sm"))
            load_sm_table(refs, text, TABLE_LB);
        else if (g_str_has_suffix(lower, ".csv") && strstr(text, "\nID;") != NULL)
            load_ghent_table(refs, text);
    }
    return refs;
}

gboolean yp_psplib_references_lookup(const YpPsplibReferences *refs, const YpPsplibInstance *inst,
                                     YpPsplibReference *out)
{
    g_return_val_if_fail(refs != NULL && inst != NULL && out != NULL, FALSE);
    memset(out, 0, sizeof *out);
    gboolean found = FALSE;
    const YpPsplibReference *byname = g_hash_table_lookup(refs->by_name, inst->name);
    const YpPsplibReference *bynum = NULL;
    if (inst->par > 0)
        bynum =
            g_hash_table_lookup(refs->by_number, GINT_TO_POINTER(inst->par * 100000 + inst->inst));
    const YpPsplibReference *both[2] = { bynum, byname };
    for (int k = 0; k < 2; k++) {
        const YpPsplibReference *r = both[k];
        if (r == NULL)
            continue;
        found = TRUE;
        if (r->optimum > 0 && out->optimum == 0)
            out->optimum = r->optimum;
        out->from_opt_file = out->from_opt_file || r->from_opt_file;
        merge_best(&out->best, r->best);
        merge_lower(&out->lower, r->lower);
    }
    if (out->optimum > 0)
        merge_best(&out->best, out->optimum);
    return found;
}
