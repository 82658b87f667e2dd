/* Fuzz target: an article's paragraphs, metadata and language
 * (article_parse), and the export of it. */
#include "config.h"

#include "fuzz.h"
#include "tandem/export.h"
#include "tandem/util.h"

static void
check_article(const struct article *a)
{
	size_t i;

	FUZZ_ASSERT(a->title != NULL && fuzz_is_safe(a->title, strlen(a->title), 0));
	FUZZ_ASSERT(a->lang == LANG_UNKNOWN || a->lang == LANG_DE || a->lang == LANG_EN);
	FUZZ_ASSERT(a->date.month >= 0 && a->date.month <= 12);
	FUZZ_ASSERT(a->date.month == 0 || (a->date.day >= 1 && a->date.day <= 31));
	FUZZ_ASSERT(a->hour >= -1 && a->hour <= 23 && a->minute >= -1 && a->minute <= 59);
	for (i = 0; i < a->nparagraphs; i++) {
		const struct paragraph *p = &a->paragraphs[i];

		FUZZ_ASSERT(p->len > 0 && strlen(p->text) == p->len);
		FUZZ_ASSERT(fuzz_is_safe(p->text, p->len, 0));
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article *a = fuzz_article("fuzz", data, size);
	struct buf out = { 0 };
	char date[DATE_FORMAT_MAX], *name;
	int width = size > 0 ? data[0] % 100 : 0;

	check_article(a);
	FUZZ_ASSERT(strlen(date_format(&a->date, date)) <= 10);
	export_article(a, width, &out);
	FUZZ_ASSERT(fuzz_is_safe(out.data, out.len, 1));
	name = export_filename(a);
	FUZZ_ASSERT(strchr(name, '/') == NULL && name[0] != '-' && name[0] != '.');
	FUZZ_ASSERT(fuzz_is_safe(name, strlen(name), 0));
	free(name);
	buf_free(&out);
	article_free(a);
	return 0;
}
