/** Directive identities, their relations and the 5-year review tracker built over the index. */
package vn.dva.review;
