import { configure } from "@testing-library/dom";

// The pane's tests wait for real builds of the sample (the whole pipeline in jsdom). On a loaded 2-core machine a
// build takes several seconds, past the library's 1 s default, and the tests failed for time, not behaviour.
configure({ asyncUtilTimeout: 15_000 });
