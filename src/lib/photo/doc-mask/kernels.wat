;; The document-mask network's hot loop in WebAssembly with 128-bit SIMD: the 1 × 1 convolution, which is
;; four fifths of a run's time in plain TypeScript (network.ts). scripts/doc-model/build-kernels.mjs compiles
;; this file into kernels.ts; network.ts runs it where the engine has WebAssembly SIMD and keeps its own loop
;; elsewhere. Every pointer is a byte offset into the imported memory; planes are channel by channel, row by row.
(module
	(import "env" "memory" (memory 1))

	;; out[o][p] = b[o] + Σ_c w[o][c] · in[c][p] for o < cout, p < n; negative sums become 0 when relu ≠ 0.
	;; w is cout × cin (row-major), b is cout, in is cin × n, out is cout × n; n must be a multiple of 8.
	;; Four outputs by eight pixels at a time, in eight accumulators, so each input vector is read once for four outputs.
	(func (export "pointwise")
		(param $w i32) (param $b i32) (param $in i32) (param $out i32)
		(param $cout i32) (param $cin i32) (param $n i32) (param $relu i32)
		(local $o i32) (local $p i32) (local $c i32) (local $plane i32) (local $wrow i32)
		(local $w0 i32) (local $w1 i32) (local $w2 i32) (local $w3 i32) (local $ip i32) (local $op i32)
		(local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
		(local $a4 v128) (local $a5 v128) (local $a6 v128) (local $a7 v128)
		(local $x0 v128) (local $x1 v128) (local $k v128) (local $zero v128)
		(local.set $plane (i32.shl (local.get $n) (i32.const 2)))
		(local.set $wrow (i32.shl (local.get $cin) (i32.const 2)))
		(local.set $zero (f32x4.splat (f32.const 0)))
		;; Four outputs at a time.
		(block $fours
			(loop $outputs
				(br_if $fours (i32.gt_u (i32.add (local.get $o) (i32.const 4)) (local.get $cout)))
				(local.set $p (i32.const 0))
				(loop $pixels
					(local.set $a0 (v128.load32_splat (i32.add (local.get $b) (i32.shl (local.get $o) (i32.const 2)))))
					(local.set $a1 (local.get $a0))
					(local.set $a2 (v128.load32_splat offset=4 (i32.add (local.get $b) (i32.shl (local.get $o) (i32.const 2)))))
					(local.set $a3 (local.get $a2))
					(local.set $a4 (v128.load32_splat offset=8 (i32.add (local.get $b) (i32.shl (local.get $o) (i32.const 2)))))
					(local.set $a5 (local.get $a4))
					(local.set $a6 (v128.load32_splat offset=12 (i32.add (local.get $b) (i32.shl (local.get $o) (i32.const 2)))))
					(local.set $a7 (local.get $a6))
					(local.set $ip (i32.add (local.get $in) (i32.shl (local.get $p) (i32.const 2))))
					(local.set $w0 (i32.add (local.get $w) (i32.mul (local.get $o) (local.get $wrow))))
					(local.set $w1 (i32.add (local.get $w0) (local.get $wrow)))
					(local.set $w2 (i32.add (local.get $w1) (local.get $wrow)))
					(local.set $w3 (i32.add (local.get $w2) (local.get $wrow)))
					(local.set $c (local.get $cin))
					(loop $channels
						(local.set $x0 (v128.load (local.get $ip)))
						(local.set $x1 (v128.load offset=16 (local.get $ip)))
						(local.set $k (v128.load32_splat (local.get $w0)))
						(local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $k) (local.get $x0))))
						(local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $k) (local.get $x1))))
						(local.set $k (v128.load32_splat (local.get $w1)))
						(local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (local.get $k) (local.get $x0))))
						(local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (local.get $k) (local.get $x1))))
						(local.set $k (v128.load32_splat (local.get $w2)))
						(local.set $a4 (f32x4.add (local.get $a4) (f32x4.mul (local.get $k) (local.get $x0))))
						(local.set $a5 (f32x4.add (local.get $a5) (f32x4.mul (local.get $k) (local.get $x1))))
						(local.set $k (v128.load32_splat (local.get $w3)))
						(local.set $a6 (f32x4.add (local.get $a6) (f32x4.mul (local.get $k) (local.get $x0))))
						(local.set $a7 (f32x4.add (local.get $a7) (f32x4.mul (local.get $k) (local.get $x1))))
						(local.set $ip (i32.add (local.get $ip) (local.get $plane)))
						(local.set $w0 (i32.add (local.get $w0) (i32.const 4)))
						(local.set $w1 (i32.add (local.get $w1) (i32.const 4)))
						(local.set $w2 (i32.add (local.get $w2) (i32.const 4)))
						(local.set $w3 (i32.add (local.get $w3) (i32.const 4)))
						(local.set $c (i32.sub (local.get $c) (i32.const 1)))
						(br_if $channels (local.get $c)))
					(if (local.get $relu)
						(then
							(local.set $a0 (f32x4.pmax (local.get $zero) (local.get $a0)))
							(local.set $a1 (f32x4.pmax (local.get $zero) (local.get $a1)))
							(local.set $a2 (f32x4.pmax (local.get $zero) (local.get $a2)))
							(local.set $a3 (f32x4.pmax (local.get $zero) (local.get $a3)))
							(local.set $a4 (f32x4.pmax (local.get $zero) (local.get $a4)))
							(local.set $a5 (f32x4.pmax (local.get $zero) (local.get $a5)))
							(local.set $a6 (f32x4.pmax (local.get $zero) (local.get $a6)))
							(local.set $a7 (f32x4.pmax (local.get $zero) (local.get $a7)))))
					(local.set $op
						(i32.add
							(i32.add (local.get $out) (i32.mul (local.get $o) (local.get $plane)))
							(i32.shl (local.get $p) (i32.const 2))))
					(v128.store (local.get $op) (local.get $a0))
					(v128.store offset=16 (local.get $op) (local.get $a1))
					(local.set $op (i32.add (local.get $op) (local.get $plane)))
					(v128.store (local.get $op) (local.get $a2))
					(v128.store offset=16 (local.get $op) (local.get $a3))
					(local.set $op (i32.add (local.get $op) (local.get $plane)))
					(v128.store (local.get $op) (local.get $a4))
					(v128.store offset=16 (local.get $op) (local.get $a5))
					(local.set $op (i32.add (local.get $op) (local.get $plane)))
					(v128.store (local.get $op) (local.get $a6))
					(v128.store offset=16 (local.get $op) (local.get $a7))
					(local.set $p (i32.add (local.get $p) (i32.const 8)))
					(br_if $pixels (i32.lt_u (local.get $p) (local.get $n))))
				(local.set $o (i32.add (local.get $o) (i32.const 4)))
				(br $outputs)))
		;; The outputs left over (cout not a multiple of four), one at a time.
		(block $ones
			(loop $outputs
				(br_if $ones (i32.ge_u (local.get $o) (local.get $cout)))
				(local.set $p (i32.const 0))
				(loop $pixels
					(local.set $a0 (v128.load32_splat (i32.add (local.get $b) (i32.shl (local.get $o) (i32.const 2)))))
					(local.set $a1 (local.get $a0))
					(local.set $ip (i32.add (local.get $in) (i32.shl (local.get $p) (i32.const 2))))
					(local.set $w0 (i32.add (local.get $w) (i32.mul (local.get $o) (local.get $wrow))))
					(local.set $c (local.get $cin))
					(loop $channels
						(local.set $k (v128.load32_splat (local.get $w0)))
						(local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $k) (v128.load (local.get $ip)))))
						(local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $k) (v128.load offset=16 (local.get $ip)))))
						(local.set $ip (i32.add (local.get $ip) (local.get $plane)))
						(local.set $w0 (i32.add (local.get $w0) (i32.const 4)))
						(local.set $c (i32.sub (local.get $c) (i32.const 1)))
						(br_if $channels (local.get $c)))
					(if (local.get $relu)
						(then
							(local.set $a0 (f32x4.pmax (local.get $zero) (local.get $a0)))
							(local.set $a1 (f32x4.pmax (local.get $zero) (local.get $a1)))))
					(local.set $op
						(i32.add
							(i32.add (local.get $out) (i32.mul (local.get $o) (local.get $plane)))
							(i32.shl (local.get $p) (i32.const 2))))
					(v128.store (local.get $op) (local.get $a0))
					(v128.store offset=16 (local.get $op) (local.get $a1))
					(local.set $p (i32.add (local.get $p) (i32.const 8)))
					(br_if $pixels (i32.lt_u (local.get $p) (local.get $n))))
				(local.set $o (i32.add (local.get $o) (i32.const 1)))
				(br $outputs))))
)
