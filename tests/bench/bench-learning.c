/* SPDX-License-Identifier: MPL-2.0 */
/* How long an exact lot total takes: YARD.LEARNTOTAL's engine on lots of 10
 * to a billion units, against summing every unit one by one (and how far
 * that naive sum drifts). Prints the median of 7 runs of each. */
#include "scheduler/learning.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define RUNS 7

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *samples)
{
    qsort(samples, RUNS, sizeof(double), compare_doubles);
    return samples[RUNS / 2];
}

/* Microseconds per yp_learning_total() call, median of RUNS runs of @calls calls. */
static double time_total(double to, YpLearningModel model, int calls, double *result)
{
    double samples[RUNS];
    for (int run = 0; run < RUNS; run++) {
        double sink = 0.0;
        gint64 start = g_get_monotonic_time();
        for (int c = 0; c < calls; c++) {
            double out = 0.0;
            /* Vary the rate so that no call can be hoisted out of the loop. */
            if (!yp_learning_total(120.0, 1.0, to, 0.8 + 1e-9 * c, model, &out, NULL))
                abort();
            sink += out;
        }
        samples[run] = (double)(g_get_monotonic_time() - start) / calls;
        *result = sink / calls;
    }
    return median(samples);
}

/* Microseconds to sum units 1..@to one by one with pow(), median of RUNS. */
static double time_loop(double to, double *result)
{
    double samples[RUNS];
    double b = log2(0.8);
    for (int run = 0; run < RUNS; run++) {
        gint64 start = g_get_monotonic_time();
        double sum = 0.0;
        for (double n = 1.0; n <= to; n += 1.0)
            sum += pow(n, b);
        samples[run] = (double)(g_get_monotonic_time() - start);
        *result = 120.0 * sum;
    }
    return median(samples);
}

int main(void)
{
    const double lots[] = { 10, 100, 10000, 1e6, 1e9 };
    printf("learning: exact lot totals, first 120, rate 0.8, units 1..N\n");
    printf("%12s %16s %16s %16s %14s\n", "N", "UNIT us/call", "CUMAVG us/call", "unit loop us",
           "loop/UNIT - 1");
    for (gsize i = 0; i < G_N_ELEMENTS(lots); i++) {
        double unit_result, cumavg_result, loop_result = 0.0;
        double unit_us = time_total(lots[i], YP_LEARNING_UNIT, 20000, &unit_result);
        double cumavg_us = time_total(lots[i], YP_LEARNING_CUMAVG, 20000, &cumavg_result);
        if (lots[i] <= 1e6) {
            double loop_us = time_loop(lots[i], &loop_result);
            if (!yp_learning_total(120.0, 1.0, lots[i], 0.8, YP_LEARNING_UNIT, &unit_result, NULL))
                return EXIT_FAILURE;
            printf("%12.0f %16.3f %16.3f %16.1f %14.1e\n", lots[i], unit_us, cumavg_us, loop_us,
                   loop_result / unit_result - 1.0);
        } else {
            printf("%12.0f %16.3f %16.3f %16s %14s\n", lots[i], unit_us, cumavg_us, "-", "-");
        }
        if (!isfinite(cumavg_result))
            return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
}
