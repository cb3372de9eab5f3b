/* SPDX-License-Identifier: MPL-2.0 */
/*
 * The resource profile of the levelling module: free capacity as a step
 * function over breakpoints, so that finding the earliest feasible start of
 * an activity costs a walk over the breakpoints it overlaps (independent of
 * durations and of the horizon) and booking it costs two insertions.
 */
#include <string.h>

#include "scheduler/level-private.h"

void yp_level_profile_init(YpLevelProfile *p, int n_res, const int *cap, int max_seg)
{
    p->n_res = n_res;
    p->max_seg = max_seg;
    p->cap = cap;
    p->time = g_new(int, max_seg);
    p->free = g_new(int, (gsize)max_seg *(gsize)MAX(n_res, 1));
    p->steps = 0;
    yp_level_profile_clear(p);
}

void yp_level_profile_clear(YpLevelProfile *p)
{
    p->n_seg = 1;
    p->time[0] = 0;
    if (p->n_res > 0)
        memcpy(p->free, p->cap, sizeof(int) * (gsize)p->n_res);
}

void yp_level_profile_release(YpLevelProfile *p)
{
    g_clear_pointer(&p->time, g_free);
    g_clear_pointer(&p->free, g_free);
}

/* Index of the segment holding time t (t >= 0): the last s with
 * time[s] <= t, by binary search. */
static inline int locate(const YpLevelProfile *p, int t)
{
    int lo = 0, hi = p->n_seg - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) >> 1;
        if (p->time[mid] <= t)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

static inline gboolean fits(const int *row, const int *res, const int *amt, int n_req)
{
    for (int q = 0; q < n_req; q++)
        if (row[res[q]] < amt[q])
            return FALSE;
    return TRUE;
}

/* Makes t a breakpoint, searching forward from segment @from (whose
 * start is <= t), and returns its segment index. */
static int split_at(YpLevelProfile *p, int t, int from)
{
    const int R = p->n_res;
    int s = from;
    while (s + 1 < p->n_seg && p->time[s + 1] <= t)
        s++;
    if (p->time[s] == t)
        return s;
    g_assert(p->n_seg < p->max_seg);
    int tail = p->n_seg - (s + 1);
    if (tail > 0) {
        memmove(p->time + s + 2, p->time + s + 1, sizeof(int) * (gsize)tail);
        memmove(p->free + (gsize)(s + 2) * (gsize)R, p->free + (gsize)(s + 1) * (gsize)R,
                sizeof(int) * (gsize)tail * (gsize)R);
    }
    p->time[s + 1] = t;
    memcpy(p->free + (gsize)(s + 1) * (gsize)R, p->free + (gsize)s * (gsize)R,
           sizeof(int) * (gsize)R);
    p->n_seg++;
    p->steps += (guint64)tail;
    return s + 1;
}

int yp_level_profile_place(YpLevelProfile *p, int t0, int d, const int *res, const int *amt,
                           int n_req)
{
    if (d <= 0 || n_req == 0)
        return t0;
    const int R = p->n_res;
    const int *time = p->time;
    const int n_seg = p->n_seg;
    int s, t = t0;
    guint64 steps = 1;
    if (t0 >= time[n_seg - 1]) {
        /* Past the last breakpoint everything is free. */
        s = n_seg - 1;
    } else {
        s = locate(p, t0);
        /* Each segment is examined at most once: a conflict in segment u
         * moves the candidate start to the end of u. The last segment
         * always fits (demands never exceed capacities), so this ends. */
        for (;;) {
            const int end = t + d;
            int u = s;
            while (u < n_seg && time[u] < end &&
                   fits(p->free + (gsize)u * (gsize)R, res, amt, n_req))
                u++;
            steps += (guint64)(u - s + 1);
            if (u >= n_seg || time[u] >= end)
                break;
            s = u + 1;
            t = time[s];
        }
    }
    p->steps += steps;
    /* Book [t, t + d): s holds t. */
    int a = split_at(p, t, s);
    int b = split_at(p, t + d, a);
    for (int u = a; u < b; u++) {
        int *row = p->free + (gsize)u * (gsize)R;
        for (int q = 0; q < n_req; q++)
            row[res[q]] -= amt[q];
    }
    p->steps += (guint64)(b - a);
    return t;
}
