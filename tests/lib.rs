//! Integration tests.
mod cli;
