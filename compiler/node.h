/*
 * node.h - parse trees as they are: walking them (every kind, through the
 * protobuf-c descriptors), building a name part, copying, packing and
 * hashing. What a tree means is other headers' business (normalize.h
 * compares expressions, qualify.h resolves names, parse.h prints).
 */
#ifndef SCHEMAC_NODE_H
#define SCHEMAC_NODE_H

#include "parse.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <xxhash.h>

struct arena;

/* The message inside a Node (whatever its kind), or NULL. */
ProtobufCMessage *node_inner(Node *n);

/* Tree walking, pre-order: pre sees each Node slot (and may replace it)
 * before its children, and returns whether to go below it. */
typedef bool (*node_pre_fn)(Node **slot, void *ctx);
/* Sees a Node slot after its children (and may replace it). */
typedef void (*node_fn)(Node **slot, void *ctx);

struct node_walker {
	void (*msg)(ProtobufCMessage *m, void *ctx);	/* sees every message,
				 * before its fields (may change them) */
	node_pre_fn pre;	/* sees a Node slot before its children (may
				 * replace it) and says whether to go below */
	node_fn post;		/* sees it after them (may replace it) */
	void *ctx;
	bool zero_locations;	/* fields named "location" zeroed on the way */
};

/* Visits every message below m, each Node slot given to w's pre and post. */
void node_visit(ProtobufCMessage *m, const struct node_walker *w);
void node_walk(Node **slot, node_pre_fn pre, void *ctx);
/* Post-order below m: fn sees each Node slot after its children, and may
 * replace it; zero_locations: every "location" field set to 0 on the way. */
void node_walk_post(ProtobufCMessage *m, node_fn fn, void *ctx, bool zero_locations);
/* Every message below and with m, Node or not, given to fn before its
 * fields. */
void message_each(ProtobufCMessage *m, void (*fn)(ProtobufCMessage *m, void *ctx), void *ctx);

/* A String node (a name part), in a. */
Node *node_string(struct arena *a, const char *s);
/* The packed bytes of a tree, in a; *len their length. */
uint8_t *node_pack(struct arena *a, const Node *n, size_t *len);
/* A deep copy of a tree, in a. */
Node *node_copy(struct arena *a, const Node *n);

/* Feeds m and everything below it into h: fields at their default value
 * and locations left out. */
void node_hash_message(XXH3_state_t *h, const ProtobufCMessage *m);
/* The XXH3-128 of a tree as it is (locations aside): only trees written
 * the same way compare equal. */
void node_hash_raw(const Node *node, uint64_t key[2]);
/* The XXH3-128 of m and everything below it, every field (locations too):
 * two messages of equal hash pack to the same bytes. */
void node_hash_exact(const ProtobufCMessage *m, uint64_t key[2]);

#endif
