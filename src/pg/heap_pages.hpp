// heap_pages.hpp — how many pages a heap table of the same values would have.
//
// A seqint table stores nothing, but two of PostgreSQL's decisions scale with pages: how many
// parallel workers a scan gets (compute_parallel_worker) and how much of an inherited
// ANALYZE sample each child of a partitioned or inheritance tree gets (by its share of all
// pages). Reporting what a heap of one-number rows would occupy makes both treat a seqint
// table like the table of numbers it stands for.
#pragma once

#include "pg/pg_headers.hpp"

// One 8 kB page holds about 227 one-number heap rows: 36 bytes each (a 24-byte tuple header,
// 8 bytes of data, a 4-byte line pointer).
constexpr double seqint_rows_per_heap_page = BLCKSZ / 36.0;

inline double
seqint_heap_pages(double values)
{
    return values / seqint_rows_per_heap_page;
}
