/* SPDX-License-Identifier: MIT
 * formulas.c - helpers shared by the computations of allocations, series
 * and reports (runtime/alloc_eval.c, series.c, report.c): naming a table's
 * row in a message, and running on the evaluator's large stack.
 */
#include "formulas.h"

#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>

#include "eval.h"
#include "policy.h"

char *formulas_row_note(const Policy *p, int32_t ds, size_t row, char *buf, size_t cap)
{
    const PolicyDataset *pd = &p->datasets[ds];
    const Dataset *data = pd->data;
    char key[256];
    size_t used = 0;
    key[0] = '\0';
    if (pd->n_keys == 0) {
        snprintf(key, sizeof key, "%zu", row + 1);
    } else {
        if (pd->n_keys > 1) used += (size_t)snprintf(key, sizeof key, "(");
        for (uint32_t k = 0; k < pd->n_keys && used < sizeof key; k++) {
            uint32_t f = pd->key_fields[k];
            char one[200];
            policy_value_text(one, sizeof one, dataset_get(data, row, f), pd->field_format[f]);
            used += (size_t)snprintf(key + used, sizeof key - used, "%s%s", k ? ", " : "", one);
        }
        if (pd->n_keys > 1 && used < sizeof key) snprintf(key + used, sizeof key - used, ")");
    }
    const char *file = dataset_file(data);
    uint64_t line = dataset_line(data, row);
    if (file && line) snprintf(buf, cap, "row %s (%s line %" PRIu64 ")", key, file, line);
    else snprintf(buf, cap, "row %s", key);
    return buf;
}

typedef struct StackJob {
    void (*fn)(void *);
    void *ctx;
} StackJob;

static void *stack_main(void *arg)
{
    StackJob *j = arg;
    j->fn(j->ctx);
    return NULL;
}

void formulas_on_eval_stack(void (*fn)(void *), void *ctx)
{
    StackJob job = {fn, ctx};
    pthread_attr_t attr;
    pthread_t thread;
    bool started = false;
    if (pthread_attr_init(&attr) == 0) {
        if (pthread_attr_setstacksize(&attr, GRIP_EVAL_STACK) == 0)
            started = pthread_create(&thread, &attr, stack_main, &job) == 0;
        pthread_attr_destroy(&attr);
    }
    if (started) pthread_join(thread, NULL);
    else fn(ctx);
}
