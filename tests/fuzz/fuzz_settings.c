/* Fuzz target: the settings file (settings_load), the input written to a
 * temporary file as a user's tandem.ini would be. */
#include "config.h"

#include <unistd.h>

#include "fuzz.h"
#include "tandem/settings.h"

static char path[] = "/tmp/tandem-fuzz-settings-XXXXXX";

static void
write_input(const uint8_t *data, size_t size)
{
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
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct settings s;
	size_t i;

	write_input(data, size);
	settings_init(&s);
	settings_load(&s, path, 1);
	FUZZ_ASSERT(s.export_width >= 0);
	for (i = 0; i < s.nwarnings; i++)
		FUZZ_ASSERT(s.warnings[i] != NULL);
	settings_free(&s);
	return 0;
}
