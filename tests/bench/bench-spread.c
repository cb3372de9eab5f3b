/* SPDX-License-Identifier: MPL-2.0 */
/* Benchmark of SPREAD: 100,000 activities into 120 monthly periods on a
 * 5-day week with holidays. Prints the median of several runs per profile,
 * and, for scale, one run of a naive per-day loop over the same input. */
#include <stdio.h>
#include <stdlib.h>

#include "scheduler/spread.h"

#define N_ACTIVITIES 100000
#define N_PERIODS    120
#define RUNS         9

static YpDay ymd(int y, int m, int d)
{
    GDate date;
    g_date_clear(&date, 1);
    g_date_set_dmy(&date, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
    return (YpDay)g_date_get_julian(&date);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : (x > y ? 1 : 0);
}

/* The same result the slow way: every calendar day of every activity. */
static double naive_seconds(const YpCalendar *cal, const YpDay *s, const YpDay *f, const double *a,
                            const YpDay *periods, double *out)
{
    gint64 t0 = g_get_monotonic_time();
    YpDay end = ymd(2035, 1, 1);
    for (int j = 0; j < N_PERIODS; j++)
        out[j] = 0;
    for (int i = 0; i < N_ACTIVITIES; i++) {
        int working = 0;
        for (YpDay d = s[i]; d <= f[i]; d++)
            working += yp_calendar_is_working(cal, d);
        int j = 0;
        if (working == 0) {
            /* No working day: the whole amount on its start. */
            while (j + 1 < N_PERIODS && periods[j + 1] <= s[i])
                j++;
            if (s[i] >= periods[0] && s[i] < end)
                out[j] += a[i];
            continue;
        }
        for (YpDay d = s[i]; d <= f[i] && d < end; d++) {
            if (!yp_calendar_is_working(cal, d))
                continue;
            while (j + 1 < N_PERIODS && periods[j + 1] <= d)
                j++;
            if (d >= periods[0])
                out[j] += a[i] / working;
        }
    }
    return (double)(g_get_monotonic_time() - t0) / 1e6;
}

int main(void)
{
    GRand *rand = g_rand_new_with_seed(2025);
    /* Ten years of monthly periods, 2025-01 .. 2034-12. */
    YpDay periods[N_PERIODS];
    for (int j = 0; j < N_PERIODS; j++)
        periods[j] = ymd(2025 + j / 12, j % 12 + 1, 1);
    /* Ten holidays a year. */
    YpCalendarException ex[100];
    for (int y = 0; y < 10; y++)
        for (int k = 0; k < 10; k++) {
            ex[y * 10 + k].day = ymd(2025 + y, k + 1, 10 + k);
            ex[y * 10 + k].working = FALSE;
        }
    GError *error = NULL;
    YpCalendar *cal = yp_calendar_new(YP_WEEKEND_DEFAULT, ex, 100, &error);
    if (cal == NULL) {
        fprintf(stderr, "%s\n", error->message);
        return 1;
    }

    YpDay *s = g_new(YpDay, N_ACTIVITIES), *f = g_new(YpDay, N_ACTIVITIES);
    double *a = g_new(double, N_ACTIVITIES);
    long touched = 0;
    for (int i = 0; i < N_ACTIVITIES; i++) {
        s[i] = periods[0] + g_rand_int_range(rand, 0, 3300);
        f[i] = s[i] + g_rand_int_range(rand, 0, 400);
        a[i] = g_rand_double_range(rand, 1000, 1000000);
        touched += (f[i] - s[i]) / 30 + 1;
    }
    double out[N_PERIODS], times[RUNS];
    printf("SPREAD: %d activities (mean span %.0f calendar days), %d monthly periods\n",
           N_ACTIVITIES, 30.0 * touched / N_ACTIVITIES - 15, N_PERIODS);
    static const char *const names[] = { "LINEAR", "FRONT", "BACK", "S" };
    for (int p = YP_PROFILE_LINEAR; p <= YP_PROFILE_S; p++) {
        for (int r = 0; r < RUNS; r++) {
            gint64 t0 = g_get_monotonic_time();
            if (!yp_spread_amounts(cal, s, f, a, N_ACTIVITIES, periods, N_PERIODS, (YpProfile)p,
                                   out, &error)) {
                fprintf(stderr, "%s\n", error->message);
                return 1;
            }
            times[r] = (double)(g_get_monotonic_time() - t0) / 1e6;
        }
        qsort(times, RUNS, sizeof *times, cmp_double);
        printf("  %-6s median %.4f s (min %.4f, max %.4f, %d runs)\n", names[p], times[RUNS / 2],
               times[0], times[RUNS - 1], RUNS);
    }
    double naive[N_PERIODS];
    printf("  naive per-day loop, LINEAR, one run: %.4f s\n",
           naive_seconds(cal, s, f, a, periods, naive));
    yp_spread_amounts(cal, s, f, a, N_ACTIVITIES, periods, N_PERIODS, YP_PROFILE_LINEAR, out, NULL);
    double worst = 0;
    for (int j = 0; j < N_PERIODS; j++)
        worst = MAX(worst, ABS(out[j] - naive[j]) / MAX(1.0, ABS(naive[j])));
    printf("  largest relative difference from the naive loop: %.2e\n", worst);

    yp_calendar_free(cal);
    g_free(s);
    g_free(f);
    g_free(a);
    g_rand_free(rand);
    return 0;
}
