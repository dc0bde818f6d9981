//! Integration tests.
mod cli;
mod tables;
mod corpus;
mod compare;
