/* SPDX-License-Identifier: MPL-2.0 */
/* A fuzz target without libFuzzer: runs each input file (or every file of
 * each directory, in name order) once through LLVMFuzzerTestOneInput. The
 * normal build links every target with it to replay the committed corpus
 * as a regression test, so the inputs that once found a bug run in every
 * build, under valgrind and under the sanitizers; and a crash input found
 * by a fuzz build can be rerun with gcc and gdb:
 *   build/tests/fuzz/fuzz-entry crash-1234
 * With YARDPLAN_FUZZ_TIMES=1 it prints how long each input took. */
#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void replay_file(const char *path, gboolean times, guint *count)
{
    g_autofree char *data = NULL;
    gsize size = 0;
    g_autoptr(GError) error = NULL;
    if (!g_file_get_contents(path, &data, &size, &error)) {
        fprintf(stderr, "%s\n", error->message);
        exit(EXIT_FAILURE);
    }
    gint64 started = g_get_monotonic_time();
    LLVMFuzzerTestOneInput((const uint8_t *)data, size);
    if (times)
        printf("%8.3f s  %s\n", (g_get_monotonic_time() - started) / 1e6, path);
    (*count)++;
}

static gint compare_names(gconstpointer a, gconstpointer b)
{
    return g_strcmp0(*(const char *const *)a, *(const char *const *)b);
}

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize != NULL)
        LLVMFuzzerInitialize(&argc, &argv);
    gboolean times = g_getenv("YARDPLAN_FUZZ_TIMES") != NULL;
    guint count = 0;
    for (int i = 1; i < argc; i++) {
        if (!g_file_test(argv[i], G_FILE_TEST_IS_DIR)) {
            replay_file(argv[i], times, &count);
            continue;
        }
        g_autoptr(GError) error = NULL;
        g_autoptr(GDir) dir = g_dir_open(argv[i], 0, &error);
        if (dir == NULL) {
            fprintf(stderr, "%s\n", error->message);
            return EXIT_FAILURE;
        }
        g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func(g_free);
        const char *name;
        while ((name = g_dir_read_name(dir)) != NULL)
            g_ptr_array_add(paths, g_build_filename(argv[i], name, NULL));
        g_ptr_array_sort(paths, compare_names);
        for (guint k = 0; k < paths->len; k++)
            replay_file(paths->pdata[k], times, &count);
    }
    printf("%u inputs replayed\n", count);
    return EXIT_SUCCESS;
}
