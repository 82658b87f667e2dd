/* Fuzz target: the state file of reading positions (state_load), the
 * input written to a temporary file. */
#include "config.h"

#include "fuzz.h"
#include "tandem/state.h"

static char path[] = "/tmp/tandem-fuzz-state-XXXXXX";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct state s;
	char *cause = NULL;

	fuzz_write_input(path, data, size);
	memset(&s, 0, sizeof(s));
	if (state_load(&s, path, &cause) == 0)
		state_position(&s, "fuzz");
	free(cause);
	state_free(&s);
	return 0;
}
