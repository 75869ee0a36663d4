// jemalloc's settings, compiled into the program only when it links jemalloc (CMakeLists.txt).
//
// thp:always asks the kernel for transparent huge pages under the heap (madvise; a kernel whose
// THP is "never" ignores it). A report of the whole history builds some 60 MB of rows and text,
// and on 4 KB pages each first touch is a page fault: 23,000 of them were most of
// `report monitoring`'s time on the bench history (27,000 faults and 0.69 s of CPU; with huge
// pages 4,300 and 0.31-0.38 s). An import's CPU time and a small command's start-up are
// unchanged (bench/import_run.sh; `tracker --version`).
extern "C" {
// jemalloc reads this (a weak symbol in its library) once, before the first allocation.
const char* malloc_conf = "thp:always";
}
