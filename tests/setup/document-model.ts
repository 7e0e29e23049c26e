/**
 * Node runs the photo pipeline as users get it: the photo worker loads the document model before it
 * checks a photo (src/lib/photo/pipeline.ts, `loadDocumentModel`), so the tests and benchmarks load it
 * before they start. A test of the classical finder alone passes no masker (null) instead.
 */
import { loadDocumentModel } from '../../src/lib/photo/pipeline';

await loadDocumentModel();
