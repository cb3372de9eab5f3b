/* SPDX-License-Identifier: MPL-2.0 */
/*
 * Validation of a levelling problem, its flat representation in both time
 * directions, and the serial schedule generation scheme (Kelley 1963; see
 * Kolisch 1996, EJOR 90:320-333) with the list orders used for
 * forward-backward justification.
 */
#include <string.h>

#include "scheduler/error.h"
#include "scheduler/level-private.h"

void yp_level_net_free(YpLevelNet *net)
{
    if (net == NULL)
        return;
    g_free(net->dur);
    g_free(net->cap);
    g_free(net->req_off);
    g_free(net->req_res);
    g_free(net->req_amt);
    for (int d = 0; d < 2; d++) {
        g_free(net->pred_off[d]);
        g_free(net->pred_idx[d]);
        g_free(net->pred_lag[d]);
        g_free(net->succ_off[d]);
        g_free(net->succ_idx[d]);
    }
    g_free(net->topo);
    g_free(net);
}

/* Checks every size limit before anything that grows with the input is
 * allocated. */
static gboolean check_limits(const YpLevelProblem *pb, guint effort, GError **error)
{
    if (pb->n_activities > YP_LEVEL_MAX_ACTIVITIES) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The project has %u activities; resource levelling handles at most %u.",
                    pb->n_activities, YP_LEVEL_MAX_ACTIVITIES);
        return FALSE;
    }
    if (pb->n_resources > YP_LEVEL_MAX_RESOURCES) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The capacities name %u resources; resource levelling handles at most %u.",
                    pb->n_resources, YP_LEVEL_MAX_RESOURCES);
        return FALSE;
    }
    if (pb->n_links > YP_LEVEL_MAX_LINKS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The project has %u links; resource levelling handles at most %u.", pb->n_links,
                    YP_LEVEL_MAX_LINKS);
        return FALSE;
    }
    if (effort < 1) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID, "The effort must be at least 1 schedule.");
        return FALSE;
    }
    if (effort > YP_LEVEL_MAX_EFFORT) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The effort of %u schedules is above the limit of %u.", effort,
                    YP_LEVEL_MAX_EFFORT);
        return FALSE;
    }
    if ((guint64)effort * pb->n_activities > YP_LEVEL_MAX_WORK) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "An effort of %u schedules is too much for %u activities; use at most %u.",
                    effort, pb->n_activities, YP_LEVEL_MAX_WORK / pb->n_activities);
        return FALSE;
    }
    return TRUE;
}

static gboolean check_values(const YpLevelProblem *pb, GError **error)
{
    const guint n = pb->n_activities, R = pb->n_resources;
    for (guint k = 0; k < R; k++) {
        if (pb->capacities[k] < 0) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "The capacity of resource %u is negative (%d); use 0 or more.", k + 1,
                        pb->capacities[k]);
            return FALSE;
        }
        if (pb->capacities[k] > YP_LEVEL_MAX_CAPACITY) {
            g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                        "The capacity of resource %u (%d) is above the limit of %d units.", k + 1,
                        pb->capacities[k], YP_LEVEL_MAX_CAPACITY);
            return FALSE;
        }
    }
    for (guint i = 0; i < n; i++) {
        if (pb->durations[i] < 0) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "The activity in row %u has a negative duration (%d working days).", i + 1,
                        pb->durations[i]);
            return FALSE;
        }
        if (pb->durations[i] > YP_LEVEL_MAX_HORIZON) {
            g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                        "The activity in row %u lasts %d working days; the limit is %d.", i + 1,
                        pb->durations[i], YP_LEVEL_MAX_HORIZON);
            return FALSE;
        }
        for (guint k = 0; k < R; k++) {
            gint q = pb->demands[(gsize)i * R + k];
            if (q < 0) {
                g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                            "The activity in row %u asks for a negative amount (%d) of "
                            "resource %u.",
                            i + 1, q, k + 1);
                return FALSE;
            }
            if (q > pb->capacities[k]) {
                g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                            "The activity in row %u needs %d units of resource %u but its "
                            "capacity is %d; raise the capacity or split the activity.",
                            i + 1, q, k + 1, pb->capacities[k]);
                return FALSE;
            }
        }
    }
    gint64 horizon = 0;
    for (guint i = 0; i < n; i++)
        horizon += pb->durations[i];
    for (guint e = 0; e < pb->n_links; e++) {
        const YpLevelLink *l = &pb->links[e];
        if (l->from >= n || l->to >= n) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "A link refers to row %u, but there are only %u activities.",
                        MAX(l->from, l->to) + 1, n);
            return FALSE;
        }
        if (l->delta > YP_LEVEL_MAX_HORIZON || l->delta < -YP_LEVEL_MAX_HORIZON) {
            g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                        "The link from row %u to row %u has a lag of %d working days; the "
                        "limit is %d either way.",
                        l->from + 1, l->to + 1, l->delta, YP_LEVEL_MAX_HORIZON);
            return FALSE;
        }
        if (l->from == l->to) {
            g_set_error(error, YP_ERROR, YP_ERROR_CYCLE,
                        "The activity in row %u is linked to itself; remove that link.",
                        l->from + 1);
            return FALSE;
        }
        /* See docs/levelling.md: a serial schedule never runs past the sum
         * of durations plus every lag beyond finish-to-start. */
        gint64 excess = (gint64)l->delta - pb->durations[l->from];
        if (excess > 0)
            horizon += excess;
    }
    if (horizon > YP_LEVEL_MAX_HORIZON) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "The durations and lags add up to %" G_GINT64_FORMAT
                    " working days; resource levelling handles at most %d.",
                    horizon, YP_LEVEL_MAX_HORIZON);
        return FALSE;
    }
    return TRUE;
}

/* Builds CSR arrays of a list of (key, value, lag) triples grouped by key. */
static void build_csr(int n, int m, const int *key, const int *val, const int *lag, int **off_out,
                      int **idx_out, int **lag_out)
{
    int *off = g_new0(int, n + 1);
    int *idx = g_new(int, MAX(m, 1));
    int *lg = lag ? g_new(int, MAX(m, 1)) : NULL;
    for (int e = 0; e < m; e++)
        off[key[e] + 1]++;
    for (int i = 0; i < n; i++)
        off[i + 1] += off[i];
    g_autofree int *fill = g_memdup2(off, sizeof(int) * (gsize)n);
    for (int e = 0; e < m; e++) {
        int at = fill[key[e]]++;
        idx[at] = val[e];
        if (lg)
            lg[at] = lag[e];
    }
    *off_out = off;
    *idx_out = idx;
    if (lag_out)
        *lag_out = lg;
}

/* Names the rows of one dependency cycle among the activities that Kahn's
 * algorithm could not order (indeg > 0): each of them has an unordered
 * predecessor, so walking predecessors must revisit a vertex. */
static void report_cycle(const YpLevelNet *net, const int *indeg, GError **error)
{
    const int n = net->n;
    const int *po = net->pred_off[YP_LEVEL_FORWARD], *pi = net->pred_idx[YP_LEVEL_FORWARD];
    g_autofree int *seen = g_new(int, n);
    g_autofree int *path = g_new(int, n);
    for (int i = 0; i < n; i++)
        seen[i] = -1;
    int v = 0;
    while (v < n - 1 && indeg[v] == 0)
        v++;
    int len = 0;
    while (seen[v] < 0) {
        seen[v] = len;
        path[len++] = v;
        int next = v;
        for (int e = po[v]; e < po[v + 1]; e++)
            if (indeg[pi[e]] > 0) {
                next = pi[e];
                break;
            }
        v = next;
    }
    /* path[seen[v]..len) walks against the links; print it along them. */
    const int first = seen[v], count = len - first, shown = MIN(count, 10);
    GString *rows = g_string_new(NULL);
    for (int k = 0; k < shown; k++) {
        if (k > 0)
            g_string_append(rows, k == shown - 1 && shown == count ? " and " : ", ");
        g_string_append_printf(rows, "%d", path[len - 1 - k] + 1);
    }
    if (shown < count)
        g_string_append_printf(rows, " and %d more", count - shown);
    g_set_error(error, YP_ERROR, YP_ERROR_CYCLE,
                "The activities in rows %s depend on each other in a cycle; remove one of "
                "their links.",
                rows->str);
    g_string_free(rows, TRUE);
}

YpLevelNet *yp_level_net_new(const YpLevelProblem *pb, guint effort, GError **error)
{
    g_return_val_if_fail(pb != NULL, NULL);
    g_return_val_if_fail(error == NULL || *error == NULL, NULL);
    if (!check_limits(pb, effort, error))
        return NULL;
    g_return_val_if_fail(pb->n_activities == 0 || pb->durations != NULL, NULL);
    g_return_val_if_fail(pb->n_resources == 0 || pb->capacities != NULL, NULL);
    g_return_val_if_fail(pb->n_resources == 0 || pb->n_activities == 0 || pb->demands != NULL,
                         NULL);
    g_return_val_if_fail(pb->n_links == 0 || pb->links != NULL, NULL);
    if (!check_values(pb, error))
        return NULL;

    const int n = (int)pb->n_activities, R = (int)pb->n_resources, m = (int)pb->n_links;
    g_autoptr(YpLevelNet) net = g_new0(YpLevelNet, 1);
    net->n = n;
    net->n_res = R;
    net->dur = g_new(int, MAX(n, 1));
    net->cap = g_new(int, MAX(R, 1));
    for (int i = 0; i < n; i++)
        net->dur[i] = pb->durations[i];
    for (int k = 0; k < R; k++)
        net->cap[k] = pb->capacities[k];

    /* Sparse demands; a zero-duration activity books nothing. */
    net->req_off = g_new0(int, n + 1);
    int nz = 0;
    for (int i = 0; i < n; i++)
        if (net->dur[i] > 0)
            for (int k = 0; k < R; k++)
                nz += pb->demands[(gsize)i * (gsize)R + (gsize)k] > 0;
    net->req_res = g_new(int, MAX(nz, 1));
    net->req_amt = g_new(int, MAX(nz, 1));
    nz = 0;
    for (int i = 0; i < n; i++) {
        net->req_off[i] = nz;
        if (net->dur[i] > 0)
            for (int k = 0; k < R; k++) {
                int q = pb->demands[(gsize)i * (gsize)R + (gsize)k];
                if (q > 0) {
                    net->req_res[nz] = k;
                    net->req_amt[nz] = q;
                    nz++;
                }
            }
    }
    net->req_off[n] = nz;

    g_autofree int *from = g_new(int, MAX(m, 1));
    g_autofree int *to = g_new(int, MAX(m, 1));
    g_autofree int *lag = g_new(int, MAX(m, 1));
    g_autofree int *rlag = g_new(int, MAX(m, 1));
    gint64 horizon = 0;
    for (int i = 0; i < n; i++)
        horizon += net->dur[i];
    for (int e = 0; e < m; e++) {
        from[e] = (int)pb->links[e].from;
        to[e] = (int)pb->links[e].to;
        lag[e] = pb->links[e].delta;
        rlag[e] = lag[e] + net->dur[to[e]] - net->dur[from[e]];
        if (lag[e] - net->dur[from[e]] > 0)
            horizon += lag[e] - net->dur[from[e]];
    }
    net->horizon = (int)horizon;
    /* Forward: predecessors of j are the i with S_j >= S_i + delta.
     * Backward: predecessors of i are the j, with delta' = delta + d_j - d_i. */
    build_csr(n, m, to, from, lag, &net->pred_off[0], &net->pred_idx[0], &net->pred_lag[0]);
    build_csr(n, m, from, to, NULL, &net->succ_off[0], &net->succ_idx[0], NULL);
    build_csr(n, m, from, to, rlag, &net->pred_off[1], &net->pred_idx[1], &net->pred_lag[1]);
    build_csr(n, m, to, from, NULL, &net->succ_off[1], &net->succ_idx[1], NULL);

    /* Kahn's algorithm: a topological order, or a cycle. */
    g_autofree int *indeg = g_new(int, MAX(n, 1));
    net->topo = g_new(int, MAX(n, 1));
    int head = 0, tail = 0;
    for (int j = 0; j < n; j++) {
        indeg[j] = net->pred_off[0][j + 1] - net->pred_off[0][j];
        if (indeg[j] == 0)
            net->topo[tail++] = j;
    }
    while (head < tail) {
        int i = net->topo[head++];
        for (int e = net->succ_off[0][i]; e < net->succ_off[0][i + 1]; e++) {
            int j = net->succ_idx[0][e];
            if (--indeg[j] == 0)
                net->topo[tail++] = j;
        }
    }
    if (tail < n) {
        report_cycle(net, indeg, error);
        return NULL;
    }
    return g_steal_pointer(&net);
}

void yp_level_net_early_starts(const YpLevelNet *net, int dir, int *es)
{
    const int n = net->n;
    const int *po = net->pred_off[dir], *pi = net->pred_idx[dir], *pl = net->pred_lag[dir];
    for (int k = 0; k < n; k++) {
        int j = net->topo[dir == YP_LEVEL_FORWARD ? k : n - 1 - k];
        int t = 0;
        for (int e = po[j]; e < po[j + 1]; e++)
            t = MAX(t, es[pi[e]] + pl[e]);
        es[j] = t;
    }
}

int yp_level_sgs(const YpLevelNet *net, int dir, const int *list, int *start, YpLevelProfile *prof)
{
    const int n = net->n;
    const int *po = net->pred_off[dir], *pi = net->pred_idx[dir], *pl = net->pred_lag[dir];
    const int *dur = net->dur, *ro = net->req_off;
    int makespan = 0;
    yp_level_profile_clear(prof);
    for (int k = 0; k < n; k++) {
        const int j = list[k];
        int t = 0;
        for (int e = po[j]; e < po[j + 1]; e++) {
            int c = start[pi[e]] + pl[e];
            t = c > t ? c : t;
        }
        const int nr = ro[j + 1] - ro[j];
        if (nr > 0) {
            const int *res = net->req_res + ro[j], *amt = net->req_amt + ro[j];
            t = yp_level_profile_place(prof, t, dur[j], res, amt, nr);
        }
        start[j] = t;
        if (t + dur[j] > makespan)
            makespan = t + dur[j];
    }
    prof->steps += (guint64)n + (guint64)(po[n]);
    return makespan;
}

void yp_level_order_work_init(YpLevelOrderWork *w, int n)
{
    gsize sz = (gsize)MAX(n, 1);
    w->n = n;
    w->seq = g_new(int, sz);
    w->iter = g_new(int, sz);
    w->stack = g_new(int, sz);
    w->placed = g_new(int, sz);
    w->count = g_new(int, 4 * sz + 17);
    w->packed = g_new(guint64, sz);
}

void yp_level_order_work_release(YpLevelOrderWork *w)
{
    g_clear_pointer(&w->seq, g_free);
    g_clear_pointer(&w->iter, g_free);
    g_clear_pointer(&w->stack, g_free);
    g_clear_pointer(&w->placed, g_free);
    g_clear_pointer(&w->count, g_free);
    g_clear_pointer(&w->packed, g_free);
}

static int compare_packed(const void *a, const void *b)
{
    guint64 x = *(const guint64 *)a, y = *(const guint64 *)b;
    return x < y ? -1 : x > y;
}

void yp_level_order(const YpLevelNet *net, int dir, const int *key, int *list,
                    YpLevelOrderWork *work)
{
    const int n = net->n;
    int lo = G_MAXINT, hi = G_MININT;
    for (int i = 0; i < n; i++) {
        lo = MIN(lo, key[i]);
        hi = MAX(hi, key[i]);
    }
    int *seq = work->seq;
    if (n > 0 && (gint64)hi - lo < 4 * (gint64)n + 16) {
        /* Counting sort: stable, so ties stay in index order. Used only
         * when the key range is O(n), never a scan of the horizon. */
        const int range = hi - lo + 1;
        int *count = work->count;
        memset(count, 0, sizeof(int) * (gsize)(range + 1));
        for (int i = 0; i < n; i++)
            count[key[i] - lo + 1]++;
        for (int r = 0; r < range; r++)
            count[r + 1] += count[r];
        for (int i = 0; i < n; i++)
            seq[count[key[i] - lo]++] = i;
    } else {
        for (int i = 0; i < n; i++)
            work->packed[i] = ((guint64)(guint32)(key[i] - lo) << 32) | (guint32)i;
        qsort(work->packed, (gsize)n, sizeof(guint64), compare_packed);
        for (int i = 0; i < n; i++)
            seq[i] = (int)(work->packed[i] & 0xffffffffu);
    }
    yp_level_repair(net, dir, seq, list, work);
}

void yp_level_repair(const YpLevelNet *net, int dir, const int *seq, int *list,
                     YpLevelOrderWork *work)
{
    const int n = net->n;
    const int *po = net->pred_off[dir], *pi = net->pred_idx[dir];
    int *placed = work->placed, *iter = work->iter, *stack = work->stack;
    memset(placed, 0, sizeof(int) * (gsize)n);
    int out = 0;
    for (int k = 0; k < n; k++) {
        int a = seq[k];
        if (placed[a])
            continue;
        /* Depth-first over unplaced predecessors; the links are acyclic,
         * so the stack never holds an activity twice. */
        int top = 0;
        stack[top++] = a;
        iter[a] = po[a];
        while (top > 0) {
            int v = stack[top - 1];
            int e = iter[v];
            while (e < po[v + 1] && placed[pi[e]])
                e++;
            if (e < po[v + 1]) {
                int u = pi[e];
                iter[v] = e + 1;
                iter[u] = po[u];
                stack[top++] = u;
            } else {
                top--;
                placed[v] = 1;
                list[out++] = v;
            }
        }
    }
    g_assert(out == n);
}

void yp_level_mirror(const YpLevelNet *net, const int *in, int makespan, int *out)
{
    for (int i = 0; i < net->n; i++)
        out[i] = makespan - in[i] - net->dur[i];
}
