/* Fuzz target: reading and cleaning (text_clean, text_safe). */
#include "config.h"

#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t len, i = 0;
	unsigned repairs;
	char *text = text_clean(data, size, &len, &repairs), *safe;

	FUZZ_ASSERT(strlen(text) == len);
	FUZZ_ASSERT(fuzz_is_safe(text, len, 1));
	FUZZ_ASSERT(strstr(text, "\xe2\x80\xae") == NULL);	/* soft hyphens are kept (text.h) */
	FUZZ_ASSERT(text_repairs_describe(repairs) != NULL);
	while (i < len) {
		uint32_t c;

		i += (size_t)text_char_len(text + i, len - i, &c);
	}
	FUZZ_ASSERT(i == len);
	FUZZ_ASSERT(text_width(text, len) >= 0);
	safe = text_safe((const char *)data, size);
	FUZZ_ASSERT(fuzz_is_safe(safe, strlen(safe), 0));
	free(safe);
	free(text);
	return 0;
}
