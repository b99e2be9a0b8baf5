/** Javalin web UI and JSON API over the search service. */
package vn.dva.web;
