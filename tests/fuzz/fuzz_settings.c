/* Fuzz target: the settings file (settings_load), the input written to a
 * temporary file as a user's tandem.ini would be. */
#include "config.h"

#include "fuzz.h"
#include "tandem/settings.h"

static char path[] = "/tmp/tandem-fuzz-settings-XXXXXX";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct settings s;
	size_t i;

	fuzz_write_input(path, data, size);
	settings_init(&s);
	settings_load(&s, path, 1);
	FUZZ_ASSERT(s.export_width >= 0);
	for (i = 0; i < s.nwarnings; i++)
		FUZZ_ASSERT(s.warnings[i] != NULL);
	settings_free(&s);
	return 0;
}
