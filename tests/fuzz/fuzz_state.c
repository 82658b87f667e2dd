/* Fuzz target: the state file of reading positions (state_load), the
 * input written to a temporary file. */
#include "config.h"

#include <unistd.h>

#include "fuzz.h"
#include "tandem/state.h"

static char path[] = "/tmp/tandem-fuzz-state-XXXXXX";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct state s;
	char *cause = NULL;
	FILE *f;

	if (path[sizeof(path) - 2] == 'X') {
		int fd = mkstemp(path);

		FUZZ_ASSERT(fd >= 0);
		close(fd);
	}
	f = fopen(path, "wb");
	FUZZ_ASSERT(f != NULL);
	FUZZ_ASSERT(fwrite(data, 1, size, f) == size || size == 0);
	FUZZ_ASSERT(fclose(f) == 0);
	memset(&s, 0, sizeof(s));
	if (state_load(&s, path, &cause) == 0)
		state_position(&s, "fuzz");
	free(cause);
	state_free(&s);
	return 0;
}
