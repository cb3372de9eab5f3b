/* SPDX-License-Identifier: MPL-2.0 */
/* Working-day calendar throughput: 10 million WORKDAY (and NETWORKDAYS)
 * computations over a 40-year calendar (2026-2065, five-day week, the
 * statutory holidays of Kazakhstan and Azerbaijan together), random starts
 * and counts from a fixed seed. Prints the median of 5 runs, in CPU time
 * of this thread (the reference machine is shared, so wall time would
 * count other people's work) and, for comparison, in wall time. */
#define _POSIX_C_SOURCE 200809L
#include "scheduler/calendar.h"
#include "scheduler/holidays.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define FIRST_YEAR 2026
#define N_YEARS    40
#define N_CALLS    10000000
#define N_QUERIES  (1 << 20) /* pregenerated, cycled */
#define N_RUNS     5

/* The moving religious dates of each year, for benchmark input only: the
 * announced 2026 dates stepped by the mean lunar year of 354.36707 days
 * (Meeus, Astronomical Algorithms, ch. 9). Real announcements differ by a
 * day or two, which does not change the cost being measured. */
static void moving_dates(GArray *kz, GArray *az)
{
    const YpDay fitr0 = yp_day_from_ymd(2026, 3, 20);
    const YpDay adha0 = yp_day_from_ymd(2026, 5, 27);
    for (int k = 0; k < N_YEARS + 2; k++) {
        YpDay step = (YpDay)(k * 354.36707 + 0.5);
        YpDay fitr = fitr0 + step, adha = adha0 + step;
        YpDay az_days[] = { fitr, fitr + 1, adha, adha + 1 };
        g_array_append_val(kz, adha);
        g_array_append_vals(az, az_days, 4);
    }
}

static GArray *statutory_days_off(void)
{
    g_autoptr(GArray) kz_moving = g_array_new(FALSE, FALSE, sizeof(YpDay));
    g_autoptr(GArray) az_moving = g_array_new(FALSE, FALSE, sizeof(YpDay));
    moving_dates(kz_moving, az_moving);
    GArray *ex = g_array_new(FALSE, FALSE, sizeof(YpCalendarException));
    g_autoptr(GArray) days = g_array_new(FALSE, FALSE, sizeof(YpDay));
    for (int y = FIRST_YEAR; y < FIRST_YEAR + N_YEARS; y++) {
        g_array_set_size(days, 0);
        GError *error = NULL;
        if (!yp_holidays_list("KZ", y, (YpDay *)kz_moving->data, kz_moving->len, days, &error) ||
            !yp_holidays_list("AZ", y, (YpDay *)az_moving->data, az_moving->len, days, &error)) {
            fprintf(stderr, "holidays %d: %s\n", y, error->message);
            exit(EXIT_FAILURE);
        }
        for (guint i = 0; i < days->len; i++) {
            YpCalendarException e = { .day = g_array_index(days, YpDay, i), .working = FALSE };
            g_array_append_val(ex, e);
        }
    }
    return ex;
}

static int compare_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, compare_double);
    return v[n / 2];
}

/* splitmix64 (Steele, Lea, Flood 2014): a fixed-seed query sequence. */
static guint64 next_random(guint64 *state)
{
    guint64 z = (*state += G_GUINT64_CONSTANT(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

typedef struct {
    YpDay start;
    gint32 days;
} Query;

typedef struct {
    double cpu_ns, wall_ns; /* per call */
} Timing;

static double cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static Timing timing_since(double cpu0, gint64 wall0)
{
    Timing t;
    t.cpu_ns = (cpu_seconds() - cpu0) * 1e9 / N_CALLS;
    t.wall_ns = (double)(g_get_monotonic_time() - wall0) * 1000.0 / N_CALLS;
    return t;
}

static Timing time_workday(const YpCalendar *cal, const Query *q, gint64 *checksum)
{
    gint64 wall0 = g_get_monotonic_time();
    double cpu0 = cpu_seconds();
    gint64 sum = 0;
    for (int i = 0; i < N_CALLS; i++) {
        const Query *x = &q[i & (N_QUERIES - 1)];
        YpDay out = 0;
        yp_calendar_workday(cal, x->start, x->days, &out, NULL);
        sum += out;
    }
    Timing t = timing_since(cpu0, wall0);
    *checksum += sum;
    return t;
}

static Timing time_networkdays(const YpCalendar *cal, const Query *q, gint64 *checksum)
{
    gint64 wall0 = g_get_monotonic_time();
    double cpu0 = cpu_seconds();
    gint64 sum = 0;
    for (int i = 0; i < N_CALLS; i++) {
        const Query *x = &q[i & (N_QUERIES - 1)];
        sum += yp_calendar_networkdays(cal, x->start, x->start + x->days);
    }
    Timing t = timing_since(cpu0, wall0);
    *checksum += sum;
    return t;
}

int main(void)
{
    double holidays_us[N_RUNS], new_us[N_RUNS];
    g_autoptr(GArray) ex = NULL;
    for (int r = 0; r < N_RUNS; r++) {
        gint64 t0 = g_get_monotonic_time();
        GArray *list = statutory_days_off();
        gint64 t1 = g_get_monotonic_time();
        YpCalendar *cal =
            yp_calendar_new(YP_WEEKEND_DEFAULT, (YpCalendarException *)list->data, list->len, NULL);
        gint64 t2 = g_get_monotonic_time();
        yp_calendar_free(cal);
        holidays_us[r] = (double)(t1 - t0);
        new_us[r] = (double)(t2 - t1);
        if (ex != NULL)
            g_array_unref(ex);
        ex = list;
    }
    GError *error = NULL;
    g_autoptr(YpCalendar) cal =
        yp_calendar_new(YP_WEEKEND_DEFAULT, (YpCalendarException *)ex->data, ex->len, &error);
    g_autoptr(YpCalendar) weekly = yp_calendar_new(YP_WEEKEND_DEFAULT, NULL, 0, &error);
    if (cal == NULL || weekly == NULL) {
        fprintf(stderr, "calendar: %s\n", error->message);
        return EXIT_FAILURE;
    }

    /* Starts anywhere in the 40 years, counts -260..260 working days. */
    const YpDay first = yp_day_from_ymd(FIRST_YEAR, 1, 1);
    const YpDay last = yp_day_from_ymd(FIRST_YEAR + N_YEARS - 1, 12, 31);
    g_autofree Query *q = g_new(Query, N_QUERIES);
    guint64 state = 20260101;
    for (int i = 0; i < N_QUERIES; i++) {
        q[i].start = first + (YpDay)(next_random(&state) % (guint64)(last - first + 1));
        q[i].days = (gint32)(next_random(&state) % 521) - 260;
    }

    double cpu[3][N_RUNS], wall[3][N_RUNS];
    gint64 checksum = 0;
    for (int r = 0; r < N_RUNS; r++) {
        Timing t[3] = { time_workday(cal, q, &checksum), time_networkdays(cal, q, &checksum),
                        time_workday(weekly, q, &checksum) };
        for (int k = 0; k < 3; k++) {
            cpu[k][r] = t[k].cpu_ns;
            wall[k][r] = t[k].wall_ns;
        }
    }

    static const char *const what[3] = { "WORKDAY with holidays", "NETWORKDAYS with holidays",
                                         "WORKDAY, weekly mask only" };
    printf("calendar: %d years (%d-%d), 5-day week, KZ + AZ statutory days off: %u "
           "exception dates\n",
           N_YEARS, FIRST_YEAR, FIRST_YEAR + N_YEARS - 1, ex->len);
    printf("set-up: holiday lists %.0f us, yp_calendar_new %.0f us (wall, median of %d)\n",
           median(holidays_us, N_RUNS), median(new_us, N_RUNS), N_RUNS);
    printf("per call, median of %d runs of %d calls: CPU time (wall time)\n", N_RUNS, N_CALLS);
    for (int k = 0; k < 3; k++)
        printf("  %-26s %6.1f ns (%6.1f ns)\n", what[k], median(cpu[k], N_RUNS),
               median(wall[k], N_RUNS));
    printf("checksum %" G_GINT64_FORMAT "\n", checksum);
    return EXIT_SUCCESS;
}
